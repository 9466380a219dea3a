package org.linli.staff;

import java.time.LocalDate;
import java.util.List;
import org.linli.common.Records;
import org.linli.records.Register;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of community workers and their records. A worker belongs to a community (or a
 * street); a caller sees the workers of their jurisdiction and their records. Reading needs
 * {@link org.linli.security.Permission#STAFF_READ}, writing
 * {@link org.linli.security.Permission#STAFF_WRITE}; visits and patrols need
 * {@link org.linli.security.Permission#VISIT_WRITE}; the pay-grade table is kept with
 * {@link org.linli.security.Permission#CODES_MANAGE}.
 */
@ProviderType
public interface StaffService extends Register {

    /** Workers; their status changes only through {@link #changeStatus}. */
    Records<Worker> workers();

    Records<PayGrade> payGrades();

    Records<Attendance> attendance();

    Records<Shift> shifts();

    Records<Training> trainings();

    Records<Certificate> certificates();

    Records<Visit> visits();

    /** Grid patrols (the grid log, 民情日志); recorded, like visits, with the visit permission. */
    Records<Patrol> patrols();

    Records<Appraisal> appraisals();

    Records<GridAssignment> gridAssignments();

    /** Changes a worker's status as of a date, for a reason, and keeps the change in the history. */
    Worker changeStatus(long workerId, StatusChange change);

    /** A worker's status changes, oldest first, starting with the registration. */
    List<StatusChange> statusHistory(long workerId);

    /** A worker's visits per ISO week, for every week that meets {@code from}–{@code to} (at most two years). */
    List<VisitWeek> visitWeeks(long workerId, LocalDate from, LocalDate to);
}
