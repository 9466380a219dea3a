package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.Inspection;
import org.linli.organisations.Verdict;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class InspectionType extends OrganisationPart<Inspection> {
    InspectionType(OrganisationType organisations) {
        super(Inspection.class, "inspection", "inspection", organisations);
        filter("kind", Filter.text("t.kind", "of this kind (code list inspection)"));
        filter("verdict", Filter.enumValue("t.verdict", Verdict.class, "with this verdict"));
        filter("from", Filter.from("t.inspected_on", "made on or after this date"));
        filter("to", Filter.to("t.inspected_on", "made on or before this date"));
        filter("awaitingRectification", Filter.bool("(t.verdict = 'RECTIFY' AND t.rectified_on IS NULL)",
                "whose rectification is still awaited, or not"));
        field("organisationId").required();
        field("kind").required().code("inspection");
        field("inspectedOn").required().notFuture();
        field("inspector").name(100);
        field("verdict").required();
        field("findings").text(1000);
        field("awardedTitle").text(100);
    }

    @Override
    Long organisationId(Inspection record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Inspection inspection, Inspection stored) {
        FieldChecks fields = check.fields();
        check.order("inspectedOn", inspection.getInspectedOn(), "rectifyBy", inspection.getRectifyBy())
                .order("inspectedOn", inspection.getInspectedOn(), "rectifiedOn", inspection.getRectifiedOn());
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
