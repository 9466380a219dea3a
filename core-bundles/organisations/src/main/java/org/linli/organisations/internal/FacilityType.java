package org.linli.organisations.internal;

import org.linli.organisations.Facility;
import org.linli.records.Filter;
import org.linli.records.RecordCheck;

final class FacilityType extends OrganisationPart<Facility> {
    FacilityType(OrganisationType organisations) {
        super(Facility.class, "facility", "facility", organisations);
        filter("kind", Filter.text("t.kind", "of this kind (code list facility)"));
    }

    @Override
    Long organisationId(Facility record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Facility facility, Facility stored) {
        check.fields().required("kind", facility.getKind()).optionalText("name", facility.getName(), 100);
        check.code("kind", "facility", facility.getKind()).range("area", facility.getArea(), 0, 1_000_000);
        organisation(check, facility.getOrganisationId());
    }
}
