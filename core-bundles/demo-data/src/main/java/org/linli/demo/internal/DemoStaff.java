package org.linli.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linli.common.PageRequest;
import org.linli.residents.Sex;
import org.linli.staff.Appraisal;
import org.linli.staff.AppraisalConsequence;
import org.linli.staff.AppraisalMethod;
import org.linli.staff.AppraisalResult;
import org.linli.staff.AssignmentRole;
import org.linli.staff.Attendance;
import org.linli.staff.AttendanceStatus;
import org.linli.staff.Certificate;
import org.linli.staff.CertificateLevel;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.PayGrade;
import org.linli.staff.Shift;
import org.linli.staff.StaffService;
import org.linli.staff.StatusChange;
import org.linli.staff.Training;
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;

/**
 * The community workers of the demonstration communities with four weeks of visits, two weeks of
 * grid patrols, their training, certificates, appraisals and grid duties; as with the organisations, some
 * communities fall short on purpose (a director who skipped a week of visits, a building with
 * no coordinator, an incomplete registration form).
 */
final class DemoStaff {
    /** Demonstration coefficients of the pay table; a district sets its own. */
    private static final Map<String, Double> BASE = Map.of("principal", 1.60, "deputy", 1.40, "staff", 1.00);
    private static final int WEEKS = 4;

    private final StaffService service;
    private final TerritoryService territory;
    private final Random random;
    private final LocalDate today;
    private final Names names;

    DemoStaff(StaffService service, TerritoryService territory, Random random, LocalDate today, Names names) {
        this.service = service;
        this.territory = territory;
        this.random = random;
        this.today = today;
        this.names = names;
    }

    void loadPayTable() {
        if (service.payGrades().search(Map.of(), PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        BASE.forEach((category, base) -> {
            for (int grade = 1; grade <= 18; grade++) {
                PayGrade row = new PayGrade();
                row.setPostCategory(category);
                row.setGrade(grade);
                row.setCoefficient(BigDecimal.valueOf(base + 0.05 * (grade - 1)).setScale(2, RoundingMode.HALF_UP));
                service.payGrades().create(row);
            }
        });
    }

    void load(TerritoryNode community, int index, String director) {
        List<TerritoryNode> grids = within(community, TerritoryLevel.GRID);
        List<TerritoryNode> buildings = within(community, TerritoryLevel.BUILDING);
        List<TerritoryNode> dwellings = within(community, TerritoryLevel.DWELLING);
        LocalDate hired = today.minusYears(3 + random.nextInt(8));

        // The director is the first candidate of the community's election, a man. In the first
        // community, the development users staff and grid (config/dev) are its director and its
        // first grid's worker, so that what they record in the console is theirs.
        boolean first = index == 0;
        Worker head = worker(community, director, Sex.MALE, "committee-director", "principal", 10 + random.nextInt(6), hired, true,
                first ? "staff" : null);
        Worker deputy = worker(community, names.next(), null, "deputy-director", "deputy", 6 + random.nextInt(6), hired.plusMonths(5), true,
                null);
        List<Worker> workers = new ArrayList<>(List.of(head, deputy));
        for (int i = 0; i < 3; i++) {
            workers.add(worker(community, names.next(), null, "full-time-worker", "staff", 1 + random.nextInt(9),
                    hired.plusMonths(8 + i), !(index % 5 == 1 && i == 2), null));
        }
        List<Worker> gridWorkers = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            gridWorkers.add(worker(community, names.next(), null, "grid-worker", "staff", 1 + random.nextInt(5), hired.plusYears(1), true,
                    first && g == 0 ? "grid" : null));
        }

        assign(head, community, AssignmentRole.COMMUNITY_LEAD);
        assign(deputy, grids.get(0), AssignmentRole.GRID_LEAD);
        for (int g = 0; g < grids.size(); g++) {
            assign(gridWorkers.get(g), grids.get(g), AssignmentRole.GRID_WORKER);
        }
        for (int b = 0; b < buildings.size(); b++) {
            if (!(index % 4 == 3 && b == buildings.size() - 1)) {
                assign(workers.get(2 + b % 3), buildings.get(b), AssignmentRole.BUILDING_COORDINATOR);
            }
        }

        // The grid log: a patrol a day for two weeks, but for a few days in grid 2 of every fifth community.
        for (int g = 0; g < grids.size(); g++) {
            for (int day = 14; day >= 1; day--) {
                if (!(index % 5 == 2 && g == 1 && day % 4 == 0)) {
                    patrol(gridWorkers.get(g), grids.get(g), today.minusDays(day));
                }
            }
        }

        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS);
        List<Worker> visitors = new ArrayList<>(workers);
        visitors.addAll(gridWorkers);
        for (Worker worker : visitors) {
            for (int week = 0; week < WEEKS; week++) {
                boolean skipped = worker == head && index % 3 == 2 && week == 1;
                int days = skipped ? 0 : 1 + random.nextInt(3);
                for (int d = 0; d < days; d++) {
                    visit(worker, firstMonday.plusWeeks(week).plusDays(random.nextInt(5)), dwellings.get(random.nextInt(dwellings.size())));
                }
            }
        }

        for (Worker worker : workers) {
            if (random.nextInt(10) < 6) {
                certificate(worker, random.nextInt(4) == 0 ? CertificateLevel.SOCIAL_WORKER : CertificateLevel.SOCIAL_WORK_ASSISTANT);
            }
            boolean recent = worker != head || index % 5 != 3;
            training(worker, recent ? today.minusMonths(2 + random.nextInt(6)) : today.minusYears(2));
            appraisal(worker, index % 3 == 0 ? AppraisalMethod.ORGANISATION_ASSESSMENT : AppraisalMethod.THIRD_PARTY_SURVEY);
            LocalDate day = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            for (int d = 0; d < 5; d++) {
                attendance(worker, day.plusDays(d), random.nextInt(20) == 0 ? AttendanceStatus.LEAVE : AttendanceStatus.PRESENT);
            }
        }
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int d = 0; d < 7; d++) {
            shift(workers.get(d % workers.size()), nextMonday.plusDays(d), d >= 5 ? "weekend" : "night");
        }
        if (index % 6 == 0) {
            StatusChange resigned = new StatusChange();
            resigned.setStatus(WorkerStatus.RESIGNED);
            resigned.setChangedOn(today.minusMonths(1));
            resigned.setReason("个人原因辞职");
            service.changeStatus(workers.get(4).getId(), resigned);
        }
    }

    /** The name of the community's director, who handles the demonstration requests. */
    String director(TerritoryNode community) {
        List<Worker> directors = service.workers().search(Map.of("communityId", String.valueOf(community.getId()),
                "post", "committee-director"), PageRequest.of(0, 1)).items();
        return directors.isEmpty() ? "社区工作者" : directors.get(0).getName();
    }

    private List<TerritoryNode> within(TerritoryNode node, TerritoryLevel level) {
        return territory.search(new TerritoryQuery(null, node.getId(), level, null, null), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    private Worker worker(TerritoryNode community, String name, Sex sex, String post, String category, int grade, LocalDate hired,
                          boolean formComplete, String account) {
        Worker worker = new Worker();
        worker.setAccount(account);
        worker.setName(name);
        worker.setSex(sex != null ? sex : random.nextInt(10) < 7 ? Sex.FEMALE : Sex.MALE);
        worker.setCommunityId(community.getId());
        worker.setPost(post);
        worker.setPostCategory(category);
        worker.setGrade(grade);
        worker.setHiredOn(hired);
        worker.setRegistrationFormComplete(formComplete);
        return service.workers().create(worker);
    }

    private void assign(Worker worker, TerritoryNode node, AssignmentRole role) {
        GridAssignment assignment = new GridAssignment();
        assignment.setWorkerId(worker.getId());
        assignment.setNodeId(node.getId());
        assignment.setRole(role);
        assignment.setStartsOn(worker.getHiredOn());
        service.gridAssignments().create(assignment);
    }

    private void visit(Worker worker, LocalDate on, TerritoryNode dwelling) {
        Visit visit = new Visit();
        visit.setWorkerId(worker.getId());
        visit.setVisitedOn(on.isAfter(today) ? today : on);
        visit.setStartsAt(LocalTime.of(9 + random.nextInt(8), 0));
        visit.setMinutes(20 + random.nextInt(70));
        visit.setDwellingId(dwelling.getId());
        visit.setPurpose(List.of("routine", "routine", "elderly-alone", "public-opinion", "dispute", "service").get(random.nextInt(6)));
        service.visits().create(visit);
    }

    private void patrol(Worker worker, TerritoryNode grid, LocalDate on) {
        Patrol patrol = new Patrol();
        patrol.setGridId(grid.getId());
        patrol.setWorkerId(worker.getId());
        patrol.setPatrolledOn(on);
        patrol.setStartsAt(LocalTime.of(8 + random.nextInt(3), 30));
        patrol.setMinutes(60 + random.nextInt(60));
        int issues = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
        patrol.setIssuesFound(issues);
        patrol.setFindings(issues == 0 ? "巡查无异常" : List.of("楼道堆物", "路灯损坏", "邻里噪音纠纷", "独居老人需探访").get(random.nextInt(4)));
        service.patrols().create(patrol);
    }

    private void certificate(Worker worker, CertificateLevel level) {
        Certificate certificate = new Certificate();
        certificate.setWorkerId(worker.getId());
        certificate.setLevel(level);
        certificate.setIssuedOn(worker.getHiredOn().plusYears(1));
        service.certificates().create(certificate);
    }

    private void training(Worker worker, LocalDate on) {
        Training training = new Training();
        training.setWorkerId(worker.getId());
        training.setCourse("社区工作者能力提升培训");
        training.setStartedOn(on.isBefore(worker.getHiredOn()) ? worker.getHiredOn() : on);
        training.setHours(BigDecimal.valueOf(8 + 8 * random.nextInt(3)));
        training.setProvider("区民政局");
        service.trainings().create(training);
    }

    private void appraisal(Worker worker, AppraisalMethod method) {
        int year = today.getYear() - 1;
        Appraisal appraisal = new Appraisal();
        appraisal.setWorkerId(worker.getId());
        appraisal.setPeriodStart(LocalDate.of(year, 1, 1));
        appraisal.setPeriodEnd(LocalDate.of(year, 12, 31));
        appraisal.setMethod(method);
        int score = 72 + random.nextInt(27);
        appraisal.setScore(BigDecimal.valueOf(score));
        appraisal.setResult(score >= 90 ? AppraisalResult.EXCELLENT : score >= 75 ? AppraisalResult.COMPETENT
                : AppraisalResult.BASICALLY_COMPETENT);
        appraisal.setAssessor(method == AppraisalMethod.THIRD_PARTY_SURVEY ? "第三方调查机构" : "街道党工委");
        appraisal.setSampleSize(method == AppraisalMethod.THIRD_PARTY_SURVEY ? 40 + random.nextInt(40) : null);
        appraisal.setNoticeOn(LocalDate.of(year + 1, 1, 20));
        appraisal.setConsequence(score >= 90 ? AppraisalConsequence.REWARD : AppraisalConsequence.RENEWAL);
        service.appraisals().create(appraisal);
    }

    private void attendance(Worker worker, LocalDate day, AttendanceStatus status) {
        Attendance attendance = new Attendance();
        attendance.setWorkerId(worker.getId());
        attendance.setWorkDate(day);
        attendance.setStatus(status);
        if (status == AttendanceStatus.PRESENT) {
            attendance.setCheckIn(LocalTime.of(8, 20 + random.nextInt(15)));
            attendance.setCheckOut(LocalTime.of(17, 30 + random.nextInt(25)));
        }
        service.attendance().create(attendance);
    }

    private void shift(Worker worker, LocalDate day, String kind) {
        Shift shift = new Shift();
        shift.setWorkerId(worker.getId());
        shift.setDutyDate(day);
        shift.setStartsAt(LocalTime.of(kind.equals("night") ? 20 : 9, 0));
        shift.setEndsAt(LocalTime.of(kind.equals("night") ? 8 : 17, 0));
        shift.setKind(kind);
        service.shifts().create(shift);
    }
}
