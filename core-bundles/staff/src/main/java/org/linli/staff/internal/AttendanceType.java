package org.linli.staff.internal;

import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Attendance;
import org.linli.staff.AttendanceStatus;
import org.linli.staff.Worker;

final class AttendanceType extends WorkerPart<Attendance> {
    AttendanceType(WorkerType workers) {
        super(Attendance.class, "attendance", "attendance", workers, Permission.STAFF_WRITE);
        filter("from", Filter.from("t.work_date", "on or after this date"));
        filter("to", Filter.to("t.work_date", "on or before this date"));
        filter("status", Filter.enumValue("t.status", AttendanceStatus.class, "with this status"));
        field("workDate").required();
        field("status").required();
        field("note").text(200);
    }

    @Override
    Long workerId(Attendance record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Attendance day, Attendance stored) {
        if (day.getCheckIn() != null && day.getCheckOut() != null && day.getCheckOut().isBefore(day.getCheckIn())) {
            check.fields().add("checkOut", "order", "checkOut must not be before checkIn");
        }
        Worker worker = worker(check, day.getWorkerId());
        check.order("hiredOn", worker.getHiredOn(), "workDate", day.getWorkDate());
    }

    /** Its path is the uncountable noun, as the register's REST resource has it. */
    @Override
    public String path() {
        return "attendance";
    }

    @Override
    protected String uniqueField() {
        return "workDate";
    }
}
