package org.linli.staff.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.common.Records;
import org.linli.database.Database;
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordGuards;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.residents.HouseholdService;
import org.linli.residents.ResidentService;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.staff.Appraisal;
import org.linli.staff.Attendance;
import org.linli.staff.Certificate;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.PayGrade;
import org.linli.staff.Shift;
import org.linli.staff.StaffService;
import org.linli.staff.StatusChange;
import org.linli.staff.Training;
import org.linli.staff.Visit;
import org.linli.staff.VisitWeek;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {StaffService.class, Register.class})
public class JpaStaffService implements StaffService {
    /** The statuses a worker may move to from each status; one who left is registered anew. */
    private static final Map<WorkerStatus, Set<WorkerStatus>> NEXT = Map.of(
            WorkerStatus.ACTIVE, EnumSet.of(WorkerStatus.SECONDED, WorkerStatus.RESIGNED, WorkerStatus.DISMISSED),
            WorkerStatus.SECONDED, EnumSet.of(WorkerStatus.ACTIVE, WorkerStatus.RESIGNED, WorkerStatus.DISMISSED),
            WorkerStatus.RESIGNED, EnumSet.noneOf(WorkerStatus.class),
            WorkerStatus.DISMISSED, EnumSet.noneOf(WorkerStatus.class));
    static final int MAX_VISIT_DAYS = 2 * 366;

    private final JpaRecords<Worker> workers;
    private final JpaRecords<PayGrade> payGrades;
    private final JpaRecords<Attendance> attendance;
    private final JpaRecords<Shift> shifts;
    private final JpaRecords<Training> trainings;
    private final JpaRecords<Certificate> certificates;
    private final JpaRecords<Visit> visits;
    private final JpaRecords<Patrol> patrols;
    private final JpaRecords<Appraisal> appraisals;
    private final JpaRecords<GridAssignment> gridAssignments;

    @Activate
    public JpaStaffService(@Reference(target = "(osgi.unit.name=linli-staff)") JpaTemplate jpa,
                           @Reference TerritoryService territory, @Reference RecordGuards guards, @Reference ResidentService residents,
                           @Reference HouseholdService households, @Reference Database migrated, @Reference Clock clock) {
        WorkerType workerType = new WorkerType(residents);
        workers = new JpaRecords<>(jpa, migrated, territory, guards, workerType, clock);
        payGrades = new JpaRecords<>(jpa, migrated, territory, guards, new PayGradeType(), clock);
        attendance = new JpaRecords<>(jpa, migrated, territory, guards, new AttendanceType(workerType), clock);
        shifts = new JpaRecords<>(jpa, migrated, territory, guards, new ShiftType(workerType), clock);
        trainings = new JpaRecords<>(jpa, migrated, territory, guards, new TrainingType(workerType), clock);
        certificates = new JpaRecords<>(jpa, migrated, territory, guards, new CertificateType(workerType), clock);
        visits = new JpaRecords<>(jpa, migrated, territory, guards, new VisitType(workerType, households), clock);
        patrols = new JpaRecords<>(jpa, migrated, territory, guards, new PatrolType(workerType), clock);
        appraisals = new JpaRecords<>(jpa, migrated, territory, guards, new AppraisalType(workerType), clock);
        gridAssignments = new JpaRecords<>(jpa, migrated, territory, guards, new GridAssignmentType(workerType), clock);
    }

    @Override
    public Records<Worker> workers() {
        return workers;
    }

    @Override
    public Records<PayGrade> payGrades() {
        return payGrades;
    }

    @Override
    public Records<Attendance> attendance() {
        return attendance;
    }

    @Override
    public Records<Shift> shifts() {
        return shifts;
    }

    @Override
    public Records<Training> trainings() {
        return trainings;
    }

    @Override
    public Records<Certificate> certificates() {
        return certificates;
    }

    @Override
    public Records<Visit> visits() {
        return visits;
    }

    @Override
    public Records<Patrol> patrols() {
        return patrols;
    }

    @Override
    public Records<Appraisal> appraisals() {
        return appraisals;
    }

    @Override
    public Records<GridAssignment> gridAssignments() {
        return gridAssignments;
    }

    @Override
    public List<RecordStore<?>> stores() {
        return List.of(workers, payGrades, attendance, shifts, trainings, certificates, visits, patrols, appraisals, gridAssignments);
    }

    @Override
    public Worker changeStatus(long workerId, StatusChange change) {
        CallerContext.require(Permission.STAFF_WRITE);
        return workers.inTransaction(em -> {
            Worker worker = workers.find(em, workerId);
            em.lock(worker, LockModeType.PESSIMISTIC_WRITE);
            RecordCheck check = workers.check(em);
            FieldChecks fields = check.fields();
            fields.required("status", change.getStatus()).required("changedOn", change.getChangedOn());
            if (change.getStatus() != null && change.getStatus() != WorkerStatus.ACTIVE) {
                fields.text("reason", change.getReason(), 200);
            } else {
                fields.optionalText("reason", change.getReason(), 200);
            }
            if (change.getChangedOn() != null && change.getChangedOn().isAfter(check.today())) {
                fields.add("changedOn", "future", "changedOn must not be in the future");
            }
            fields.throwIfAny();
            StatusChange last = history(em, workerId).stream().reduce((a, b) -> b).orElse(null);
            check.order(last == null ? "hiredOn" : "the last change", last == null ? worker.getHiredOn() : last.getChangedOn(),
                    "changedOn", change.getChangedOn());
            fields.throwIfAny();
            if (!NEXT.get(worker.getStatus()).contains(change.getStatus())) {
                throw new ConflictException("status", "transition", "a worker who is " + worker.getStatus() + " cannot become "
                        + change.getStatus());
            }
            StatusChange stored = new StatusChange();
            stored.setWorkerId(workerId);
            stored.setStatus(change.getStatus());
            stored.setChangedOn(change.getChangedOn());
            stored.setReason(change.getReason() == null ? null : change.getReason().strip());
            stored.setRecordedBy(check.user());
            em.persist(stored);
            worker.setStatus(change.getStatus());
            boolean left = change.getStatus() == WorkerStatus.RESIGNED || change.getStatus() == WorkerStatus.DISMISSED;
            worker.setLeftOn(left ? change.getChangedOn() : null);
            return worker;
        });
    }

    @Override
    public List<StatusChange> statusHistory(long workerId) {
        CallerContext.require(Permission.STAFF_READ);
        return workers.inTransaction(em -> {
            workers.find(em, workerId);
            return history(em, workerId);
        });
    }

    private static List<StatusChange> history(EntityManager em, long workerId) {
        return em.createQuery("SELECT c FROM StatusChange c WHERE c.workerId = :w ORDER BY c.changedOn, c.id", StatusChange.class)
                .setParameter("w", workerId).getResultList();
    }

    @Override
    public List<VisitWeek> visitWeeks(long workerId, LocalDate from, LocalDate to) {
        CallerContext.require(Permission.STAFF_READ);
        FieldChecks fields = new FieldChecks().required("from", from).required("to", to);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                fields.add("to", "order", "to must not be before from");
            } else if (ChronoUnit.DAYS.between(from, to) > MAX_VISIT_DAYS) {
                fields.add("to", "range", "at most two years at a time");
            }
        }
        fields.throwIfAny();
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return workers.inTransaction(em -> {
            workers.find(em, workerId);
            List<Visit> made = em.createQuery("SELECT v FROM Visit v WHERE v.workerId = :w AND v.visitedOn >= :from"
                            + " AND v.visitedOn <= :to", Visit.class)
                    .setParameter("w", workerId).setParameter("from", monday).setParameter("to", sunday).getResultList();
            Map<LocalDate, VisitWeek> weeks = new TreeMap<>();
            for (LocalDate week = monday; !week.isAfter(sunday); week = week.plusWeeks(1)) {
                VisitWeek summary = new VisitWeek();
                summary.setMonday(week);
                summary.setWeek(String.format("%d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR), week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                weeks.put(week, summary);
            }
            Map<LocalDate, Set<LocalDate>> days = new TreeMap<>();
            for (Visit visit : made) {
                LocalDate week = visit.getVisitedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                VisitWeek summary = weeks.get(week);
                summary.setVisits(summary.getVisits() + 1);
                summary.setMinutes(summary.getMinutes() + visit.getMinutes());
                days.computeIfAbsent(week, w -> new HashSet<>()).add(visit.getVisitedOn());
            }
            days.forEach((week, visited) -> weeks.get(week).setDays(visited.size()));
            return List.copyOf(weeks.values());
        });
    }
}
