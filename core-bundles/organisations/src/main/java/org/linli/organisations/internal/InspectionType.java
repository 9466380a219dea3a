package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.Inspection;
import org.linli.organisations.Verdict;
import org.linli.records.Filter;
import org.linli.records.RecordCheck;

final class InspectionType extends OrganisationPart<Inspection> {
    InspectionType(OrganisationType organisations) {
        super(Inspection.class, "inspection", "inspection", organisations);
        filter("kind", Filter.text("t.kind", "of this kind (code list inspection)"));
        filter("verdict", Filter.enumValue("t.verdict", Verdict.class, "with this verdict"));
        filter("from", Filter.from("t.inspected_on", "made on or after this date"));
        filter("to", Filter.to("t.inspected_on", "made on or before this date"));
        filter("awaitingRectification", Filter.bool("(t.verdict = 'RECTIFY' AND t.rectified_on IS NULL)",
                "whose rectification is still awaited, or not"));
    }

    @Override
    Long organisationId(Inspection record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Inspection inspection, Inspection stored) {
        FieldChecks fields = check.fields();
        fields.required("kind", inspection.getKind()).required("inspectedOn", inspection.getInspectedOn())
                .name("inspector", inspection.getInspector(), 100).required("verdict", inspection.getVerdict())
                .optionalText("findings", inspection.getFindings(), 1000);
        check.code("kind", "inspection", inspection.getKind())
                .order("inspectedOn", inspection.getInspectedOn(), "rectifyBy", inspection.getRectifyBy())
                .order("inspectedOn", inspection.getInspectedOn(), "rectifiedOn", inspection.getRectifiedOn());
        check.notFuture("inspectedOn", inspection.getInspectedOn());
        if (inspection.getVerdict() == Verdict.RECTIFY) {
            fields.required("rectifyBy", inspection.getRectifyBy());
        } else if (inspection.getRectifyBy() != null) {
            fields.add("rectifyBy", "not_applicable", "rectifyBy applies only to a RECTIFY verdict");
        }
        if (inspection.getAwardedTitle() != null) {
            fields.name("awardedTitle", inspection.getAwardedTitle(), 100);
            if (inspection.getVerdict() != Verdict.PASSED) {
                fields.add("awardedTitle", "not_applicable", "a title is awarded only with a PASSED verdict");
            }
        }
        organisation(check, inspection.getOrganisationId());
    }
}
