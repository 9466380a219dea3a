package org.linli.staff.internal;

import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Training;

final class TrainingType extends WorkerPart<Training> {
    TrainingType(WorkerType workers) {
        super(Training.class, "training", "training", workers, Permission.STAFF_WRITE);
        filter("from", Filter.from("t.started_on", "started on or after this date"));
        filter("to", Filter.to("t.started_on", "started on or before this date"));
        field("course").name(200);
        field("startedOn").required();
        field("hours").required().range(0, 10_000);
        field("provider").text(100);
    }

    @Override
    Long workerId(Training record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Training training, Training stored) {
        if (training.getHours() != null && training.getHours().signum() <= 0) {
            check.fields().add("hours", "range", "hours must be more than 0");
        }
        worker(check, training.getWorkerId());
    }
}
