package org.linli.staff.internal;

import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Shift;

final class ShiftType extends WorkerPart<Shift> {
    ShiftType(WorkerType workers) {
        super(Shift.class, "shift", "duty_shift", workers, Permission.STAFF_WRITE);
        filter("from", Filter.from("t.duty_date", "on or after this date"));
        filter("to", Filter.to("t.duty_date", "on or before this date"));
        filter("kind", Filter.text("t.kind", "of this kind (code list shift)"));
        field("dutyDate").required();
        field("startsAt").required();
        field("endsAt").required();
        field("kind").required().code("shift");
        field("place").text(100);
    }

    @Override
    Long workerId(Shift record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Shift shift, Shift stored) {
        if (shift.getStartsAt() != null && shift.getStartsAt().equals(shift.getEndsAt())) {
            check.fields().add("endsAt", "order", "a shift ends at another time than it starts");
        }
        worker(check, shift.getWorkerId());
    }
}
