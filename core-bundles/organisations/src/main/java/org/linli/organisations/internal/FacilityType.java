package org.linli.organisations.internal;

import org.linli.organisations.Facility;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class FacilityType extends OrganisationPart<Facility> {
    FacilityType(OrganisationType organisations) {
        super(Facility.class, "facility", "facility", organisations);
        filter("kind", Filter.text("t.kind", "of this kind (code list facility)"));
        field("organisationId").required();
        field("kind").required().code("facility");
        field("name").text(100);
        field("area").range(0, 1_000_000);
    }

    @Override
    Long organisationId(Facility record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Facility facility, Facility stored) {
        organisation(check, facility.getOrganisationId());
    }
}
