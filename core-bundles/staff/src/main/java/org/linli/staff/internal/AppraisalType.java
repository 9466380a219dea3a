package org.linli.staff.internal;

import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Appraisal;
import org.linli.staff.AppraisalMethod;

final class AppraisalType extends WorkerPart<Appraisal> {
    AppraisalType(WorkerType workers) {
        super(Appraisal.class, "appraisal", "appraisal", workers, Permission.STAFF_WRITE);
        filter("method", Filter.enumValue("t.method", AppraisalMethod.class, "made this way"));
        filter("from", Filter.from("t.period_end", "for periods ending on or after this date"));
        filter("to", Filter.to("t.period_start", "for periods starting on or before this date"));
        field("periodStart").required();
        field("periodEnd").required();
        field("method").required();
        field("score").range(0, 100);
        field("assessor").text(100);
        field("sampleSize").range(1, 1_000_000);
    }

    @Override
    Long workerId(Appraisal record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Appraisal appraisal, Appraisal stored) {
        check.order("periodStart", appraisal.getPeriodStart(), "periodEnd", appraisal.getPeriodEnd())
                .order("periodStart", appraisal.getPeriodStart(), "noticeOn", appraisal.getNoticeOn());
        if (appraisal.getSampleSize() != null && appraisal.getMethod() != AppraisalMethod.THIRD_PARTY_SURVEY) {
            check.fields().add("sampleSize", "not_applicable", "sampleSize applies only to a THIRD_PARTY_SURVEY");
        }
        worker(check, appraisal.getWorkerId());
    }
}
