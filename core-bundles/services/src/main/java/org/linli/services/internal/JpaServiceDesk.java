package org.linli.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.common.FieldError;
import org.linli.common.ForbiddenException;
import org.linli.common.LinliException;
import org.linli.common.PageRequest;
import org.linli.common.Records;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordGuards;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.residents.ResidentService;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.security.Role;
import org.linli.services.CalendarDay;
import org.linli.services.DayKind;
import org.linli.services.Dispatch;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;
import org.linli.services.StepAction;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = {ServiceDesk.class, Register.class}, configurationPid = "org.linli.services")
@Designate(ocd = JpaServiceDesk.Config.class)
public class JpaServiceDesk implements ServiceDesk, Desk {
    /** How far ahead the work calendar is read for one due time: more than any time limit reaches. */
    private static final int CALENDAR_HORIZON_DAYS = 3 * 366;

    @ObjectClassDefinition(name = "Linli service desk")
    public @interface Config {
        @AttributeDefinition(description = "Working days allowed for a problem that names no catalogued service")
        int problemTimeLimit() default 5;

        @AttributeDefinition(description = "How many days late a desk may register a request it received earlier")
        int maxBackdateDays() default 90;
    }

    private final JpaRecords<Service> services;
    private final JpaRecords<CalendarDay> calendar;
    private final JpaRecords<Request> requests;
    private final JpaRecords<Dispatch> dispatches;
    private final Clock clock;
    private volatile Config config;

    @Activate
    public JpaServiceDesk(@Reference(target = "(osgi.unit.name=linli-services)") JpaTemplate jpa,
                          @Reference TerritoryService territory, @Reference RecordGuards guards, @Reference ResidentService residents,
                          @Reference Database migrated, @Reference Clock clock, Config config) {
        this.config = config;
        this.clock = clock;
        RequestType requestType = new RequestType(this, residents);
        services = new JpaRecords<>(jpa, migrated, territory, guards, new ServiceType(), clock);
        calendar = new JpaRecords<>(jpa, migrated, territory, guards, new CalendarDayType(), clock);
        requests = new JpaRecords<>(jpa, migrated, territory, guards, requestType, clock);
        dispatches = new JpaRecords<>(jpa, migrated, territory, guards, new DispatchType(requestType, this), clock);
    }

    @Modified
    void modified(Config config) {
        this.config = config;
    }

    @Override
    public Records<Service> services() {
        return services;
    }

    @Override
    public Records<CalendarDay> calendar() {
        return calendar;
    }

    @Override
    public Records<Request> requests() {
        return requests;
    }

    @Override
    public Records<Dispatch> dispatches() {
        return dispatches;
    }

    @Override
    public List<RecordStore<?>> stores() {
        return List.of(services, calendar, requests, dispatches);
    }

    @Override
    public Request step(long requestId, RequestStep step) {
        CallerContext.require(Permission.REQUEST_WRITE);
        new FieldChecks().required("action", step.getAction()).optionalText("note", step.getNote(), 1000)
                .optionalText("agencyResponsible", step.getAgencyResponsible(), 100).throwIfAny();
        return requests.inTransaction(em -> {
            Request request = requests.find(em, requestId);
            em.lock(request, LockModeType.PESSIMISTIC_WRITE);
            Caller caller = CallerContext.current();
            RequestStatus from = request.getStatus();
            if (step.getAction() == StepAction.RECEIVE) {
                throw new ValidationException("action", "not_a_step", "a request is received by creating it");
            }
            expect(step, from);
            if (byOwner(step.getAction(), from) && !caller.user().equals(request.getOwner())) {
                throw new ConflictException("action", "not_owner", "only the request's owner, " + request.getOwner()
                        + ", who accepted it first, takes the step " + step.getAction());
            }
            RequestStatus to = switch (step.getAction()) {
                case ACCEPT -> {
                    mayAccept(em, request, caller);
                    request.setOwner(caller.user());
                    yield RequestStatus.ACCEPTED;
                }
                case START -> RequestStatus.IN_PROGRESS;
                case COMPLETE -> {
                    request.setCompletedAt(now());
                    yield RequestStatus.COMPLETED;
                }
                case NOTIFY -> {
                    noted(step, "how the resident was told");
                    request.setNotifiedAt(now());
                    yield RequestStatus.NOTIFIED;
                }
                case CLOSE -> RequestStatus.CLOSED;
                case REJECT -> {
                    noted(step, "the reason");
                    yield RequestStatus.REJECTED;
                }
                case RECEIVE -> throw new IllegalStateException("refused above");
            };
            request.setStatus(to);
            if (step.getNote() != null) {
                request.setStatusNotes(step.getNote().strip());
            }
            if (step.getAgencyResponsible() != null) {
                request.setAgencyResponsible(step.getAgencyResponsible().strip());
            }
            RequestStep stored = new RequestStep();
            stored.setRequestId(requestId);
            stored.setAction(step.getAction());
            stored.setStatus(to);
            stored.setHappenedAt(now());
            stored.setActor(caller.user());
            stored.setNote(step.getNote() == null ? null : step.getNote().strip());
            stored.setAgencyResponsible(step.getAgencyResponsible());
            em.persist(stored);
            em.flush();
            return requests.get(requestId);
        });
    }

    /** The statuses from which each step may be taken: the workflow of 首问负责-限时办结-办结告知. */
    private static final Map<StepAction, Set<RequestStatus>> FROM = new EnumMap<>(Map.of(
            StepAction.ACCEPT, EnumSet.of(RequestStatus.RECEIVED),
            StepAction.START, EnumSet.of(RequestStatus.ACCEPTED),
            StepAction.COMPLETE, EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS),
            StepAction.NOTIFY, EnumSet.of(RequestStatus.COMPLETED),
            StepAction.CLOSE, EnumSet.of(RequestStatus.NOTIFIED),
            StepAction.REJECT, EnumSet.of(RequestStatus.RECEIVED, RequestStatus.ACCEPTED)));

    private static void expect(RequestStep step, RequestStatus status) {
        if (!FROM.get(step.getAction()).contains(status)) {
            throw new ConflictException("action", "transition", "a request that is " + status + " cannot take the step " + step.getAction());
        }
    }

    /** Whether only the request's owner, who accepted it, takes this step from this status. */
    private static boolean byOwner(StepAction action, RequestStatus from) {
        return action == StepAction.START || action == StepAction.COMPLETE
                || action == StepAction.REJECT && from == RequestStatus.ACCEPTED;
    }

    @Override
    public List<StepAction> nextSteps(long requestId) {
        CallerContext.require(Permission.REQUEST_READ);
        Caller caller = CallerContext.current();
        if (!caller.may(Permission.REQUEST_WRITE)) {
            return List.of();
        }
        return requests.inTransaction(em -> {
            Request request = requests.find(em, requestId);
            List<StepAction> steps = new ArrayList<>();
            FROM.forEach((action, from) -> {
                if (!from.contains(request.getStatus())
                        || byOwner(action, request.getStatus()) && !caller.user().equals(request.getOwner())) {
                    return;
                }
                if (action == StepAction.ACCEPT) {
                    try {
                        mayAccept(em, request, caller);
                    } catch (ForbiddenException notThisCaller) {
                        return;
                    }
                }
                steps.add(action);
            });
            return steps;
        });
    }

    private static void noted(RequestStep step, String what) {
        if (step.getNote() == null || step.getNote().isBlank()) {
            throw new ValidationException("note", "required", "the step " + step.getAction() + " needs a note: " + what);
        }
    }

    /**
     * A service may name the roles that accept its requests; a caller needs one of them, unless the
     * guards lift the restriction for this request (a district's 一窗受理、全科服务). They are asked
     * only where it would refuse, in the step's transaction.
     */
    private void mayAccept(EntityManager em, Request request, Caller caller) {
        if (request.getServiceCode() == null) {
            return;
        }
        List<String> roles = RequestType.service(em, request.getServiceCode()).getAcceptingRoles();
        if (!roles.isEmpty() && caller.roles().stream().map(Role::jaasName).noneMatch(roles::contains)
                && !requests.lifted(em, request, StepAction.ACCEPT.name(), ACCEPTING_ROLES)) {
            throw new ForbiddenException("accept requests for " + request.getServiceCode() + ", which only "
                    + String.join(", ", roles) + " accept");
        }
    }

    @Override
    public List<RequestStep> history(long requestId) {
        CallerContext.require(Permission.REQUEST_READ);
        return requests.inTransaction(em -> {
            requests.find(em, requestId);
            return em.createQuery("SELECT s FROM RequestStep s WHERE s.requestId = :r ORDER BY s.happenedAt, s.id", RequestStep.class)
                    .setParameter("r", requestId).getResultList();
        });
    }

    @Override
    public Dispatch acknowledge(long dispatchId) {
        CallerContext.require(Permission.REQUEST_WRITE);
        return answer(dispatchId, null);
    }

    @Override
    public Dispatch report(long dispatchId, String report) {
        CallerContext.require(Permission.REQUEST_WRITE);
        new FieldChecks().text("report", report, 2000).throwIfAny();
        return answer(dispatchId, report.strip());
    }

    /** A department's acknowledgement ({@code report} null) or report; the caller's permission is checked. */
    private Dispatch answer(long dispatchId, String report) {
        return dispatches.inTransaction(em -> {
            Dispatch dispatch = dispatches.find(em, dispatchId);
            em.lock(dispatch, LockModeType.PESSIMISTIC_WRITE);
            if (dispatch.getReportedAt() != null) {
                throw new ConflictException("id", "reported", "the department reported already");
            }
            if (report == null && dispatch.getAcknowledgedAt() != null) {
                throw new ConflictException("id", "acknowledged", "the department acknowledged already");
            }
            LocalDateTime now = now();
            if (dispatch.getAcknowledgedAt() == null) {
                dispatch.setAcknowledgedAt(now);
            }
            if (report != null) {
                dispatch.setReportedAt(now);
                dispatch.setReport(report);
            }
            em.flush();
            return dispatches.get(dispatchId);
        });
    }

    @Override
    public LocalDateTime due(LocalDateTime from, int amount, LimitUnit unit) {
        CallerContext.current();
        FieldChecks checks = new FieldChecks().required("from", from).required("unit", unit);
        if (amount < 1 || amount > (unit == LimitUnit.HOURS ? 24 * 366 : 366)) {
            checks.add("amount", "range", "amount must be from 1 to a year's worth");
        }
        checks.throwIfAny();
        return calendar.inTransaction(em -> {
            Map<LocalDate, DayKind> exceptions = new HashMap<>();
            em.createQuery("SELECT d FROM CalendarDay d WHERE d.calendarDate > :from AND d.calendarDate <= :to", CalendarDay.class)
                    .setParameter("from", from.toLocalDate()).setParameter("to", from.toLocalDate().plusDays(CALENDAR_HORIZON_DAYS))
                    .getResultList().forEach(day -> exceptions.put(day.getCalendarDate(), day.getKind()));
            return new WorkCalendar(exceptions).due(from, amount, unit);
        });
    }

    @Override
    public String exportCatalogue() {
        CallerContext.current();
        StringBuilder csv = new StringBuilder(Csv.line(CatalogueRow.HEADER));
        for (Service service : services.search(Map.of(), PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
            csv.append(Csv.line(CatalogueRow.of(service)));
        }
        return csv.toString();
    }

    @Override
    public List<Service> importCatalogue(String csv) {
        CallerContext.require(Permission.CODES_MANAGE);
        List<Service> rows = CatalogueRow.parse(csv);
        return services.inTransaction(em -> {
            List<Service> stored = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Service row = rows.get(i);
                try {
                    List<Service> existing = services.search(Map.of("code", row.getCode() == null ? "" : row.getCode()),
                            PageRequest.of(0, 1)).items();
                    stored.add(existing.isEmpty() || row.getCode() == null ? services.create(row)
                            : services.update(existing.get(0).getId(), row));
                } catch (LinliException e) {
                    throw inRow(i, e);
                }
            }
            return stored;
        });
    }

    /** The error of one row, with its fields named after the row: {@code rows[3].timeLimit}. */
    private static ValidationException inRow(int row, LinliException e) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> causes = e.getErrors().isEmpty() ? List.of(new FieldError("", e.kind(), e.getMessage())) : e.getErrors();
        for (FieldError error : causes) {
            String field = "rows[" + row + "]" + (error.field().isEmpty() ? "" : "." + error.field());
            errors.add(new FieldError(field, error.code(), "row " + (row + 1) + ": " + error.message()));
        }
        return new ValidationException(errors);
    }

    @Override
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    @Override
    public int problemTimeLimit() {
        return config.problemTimeLimit();
    }

    @Override
    public int maxBackdateDays() {
        return config.maxBackdateDays();
    }

    @Override
    public String user() {
        return CallerContext.current().user();
    }
}
