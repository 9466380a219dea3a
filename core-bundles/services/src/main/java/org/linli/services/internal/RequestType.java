package org.linli.services.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.common.NotFoundException;
import org.linli.records.jpa.ChildList;
import org.linli.records.FieldRule;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;
import org.linli.security.Permission;
import org.linli.services.Attachment;
import org.linli.services.Channel;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.StepAction;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** Requests, seen by whoever sees the place they concern. */
final class RequestType extends RecordType<Request> {
    /** The statuses in which a request is still being handled, and can be overdue. */
    static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS);
    static final int MAX_ATTACHMENTS = 20;
    private static final ChildList<Request, Attachment> ATTACHMENTS = new ChildList<>(Attachment.class, "requestId",
            Attachment::getRequestId, Attachment::setRequestId, Request::getAttachments, Request::setAttachments);
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Desk desk;
    private final ResidentService residents;

    RequestType(Desk desk, ResidentService residents) {
        super(Request.class, "request", "service_request", Permission.REQUEST_READ, Permission.REQUEST_WRITE);
        this.desk = desk;
        this.residents = residents;
        filter("status", Filter.enumValue("t.status", RequestStatus.class, "in this status"));
        filter("serviceCode", Filter.text("t.service_code", "for this service"));
        filter("channel", Filter.enumValue("t.channel", Channel.class, "that came this way"));
        filter("owner", Filter.text("t.owner", "owned by this user"));
        filter("requesterResidentId", Filter.id("t.requester_resident_id", "from this resident"));
        filter("patrolId", Filter.id("t.patrol_id", "found on this patrol"));
        filter("from", Filter.from("t.received_at", "received on or after this date"));
        filter("to", Filter.to("CAST(t.received_at AS DATE)", "received on or before this date"));
        filter("dueFrom", Filter.from("CAST(t.expected_at AS DATE)", "due on or after this date"));
        filter("dueTo", Filter.to("CAST(t.expected_at AS DATE)", "due on or before this date"));
        filter("open", Filter.bool("(t.status IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS'))", "still being handled, or not"));
        filter("overdue", Filter.bool("(t.status IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS') AND t.expected_at < LOCALTIMESTAMP)",
                "still open past their due time, or not"));
        field("serviceCode").text(40);
        field("description").required().text(2000);
        field("nodeId").required();
        field("channel").required();
        // Checked as a name in check(), once taken from the resident record when only its id is given.
        field("requesterName").text(50);
        field("status").readOnly();
        field("owner").readOnly();
        field("agencyResponsible").readOnly();
        field("statusNotes").readOnly();
        field("expectedAt").readOnly();
        field("completedAt").readOnly();
        field("notifiedAt").readOnly();
        FieldRule attachment = field("attachments").each();
        attachment.field("fileName").name(200);
        attachment.field("mediaType").required().text(100).pattern(MEDIA_TYPE.pattern(), "a media type such as image/jpeg");
        attachment.field("size").required();
        attachment.field("sha256").pattern(SHA256.pattern(), "64 lower-case hex digits");
        attachment.field("location").text(500);
    }

    @Override
    protected String nodeSql() {
        return "t.node_id";
    }

    @Override
    protected Long node(EntityManager em, Request record) {
        return record.getNodeId();
    }

    @Override
    protected void check(RecordCheck check, Request request, Request stored) {
        FieldChecks fields = check.fields();
        if (stored != null && !OPEN.contains(stored.getStatus())) {
            throw new ConflictException("status", "closed", "a request that is " + stored.getStatus() + " no longer changes");
        }
        coordinate(check, "latitude", request.getLatitude(), 90);
        coordinate(check, "longitude", request.getLongitude(), 180);
        if ((request.getLatitude() == null) != (request.getLongitude() == null)) {
            fields.add("longitude", "pair", "latitude and longitude come together");
        }
        checkAttachments(fields, request.getAttachments());
        LocalDateTime now = desk.now();
        if (stored == null && request.getReceivedAt() != null) {
            if (request.getReceivedAt().isAfter(now)) {
                fields.add("receivedAt", "future", "receivedAt must not be in the future");
            } else if (request.getReceivedAt().isBefore(now.minusDays(desk.maxBackdateDays()))) {
                fields.add("receivedAt", "range", "a request is registered at most " + desk.maxBackdateDays() + " days late");
            }
        }
        fields.throwIfAny();
        TerritoryNode place = check.node("nodeId", request.getNodeId(), TerritoryLevel.COMMUNITY, TerritoryLevel.GRID,
                TerritoryLevel.BUILDING, TerritoryLevel.DWELLING);
        Service service = request.getServiceCode() == null ? null : service(check.em(), request.getServiceCode());
        Resident requester = check.refer("requesterResidentId", "resident", request.getRequesterResidentId(),
                () -> residents.get(request.getRequesterResidentId()));
        if (requester != null) {
            request.setRequesterName(request.getRequesterName() == null ? requester.getName() : request.getRequesterName());
        }
        if (request.getRequesterName() != null) {
            fields.name("requesterName", request.getRequesterName(), 50);
        }
        if (request.getPatrolId() != null) {
            checkPatrol(check, request.getPatrolId(), place);
        }
        if (stored == null) {
            if (service != null && !service.isActive()) {
                fields.add("serviceCode", "inactive", "service " + service.getCode() + " takes no new requests");
            }
            request.setStatus(RequestStatus.RECEIVED);
            request.setReceivedAt(request.getReceivedAt() == null ? now : request.getReceivedAt());
            request.setOwner(null);
            request.setAgencyResponsible(null);
            request.setStatusNotes(null);
            request.setCompletedAt(null);
            request.setNotifiedAt(null);
        } else {
            // What the steps own stays as the steps left it.
            request.setStatus(stored.getStatus());
            request.setReceivedAt(stored.getReceivedAt());
            request.setOwner(stored.getOwner());
            request.setAgencyResponsible(stored.getAgencyResponsible());
            request.setStatusNotes(stored.getStatusNotes());
            request.setCompletedAt(stored.getCompletedAt());
            request.setNotifiedAt(stored.getNotifiedAt());
        }
        request.setExpectedAt(service == null
                ? desk.due(request.getReceivedAt(), desk.problemTimeLimit(), LimitUnit.WORKING_DAYS)
                : desk.due(request.getReceivedAt(), service.getTimeLimit(), service.getTimeUnit()));
    }

    private static void coordinate(RecordCheck check, String field, BigDecimal value, int bound) {
        if (value != null && (value.abs().compareTo(BigDecimal.valueOf(bound)) > 0 || value.scale() > 6)) {
            check.fields().add(field, "range", field + " must be from -" + bound + " to " + bound + ", with at most six decimals");
        }
    }

    private static void checkAttachments(FieldChecks fields, List<Attachment> attachments) {
        if (attachments.size() > MAX_ATTACHMENTS) {
            fields.add("attachments", "too_many", "a request has at most " + MAX_ATTACHMENTS + " attachments");
        }
        for (int i = 0; i < attachments.size(); i++) {
            String prefix = "attachments[" + i + "].";
            Attachment a = attachments.get(i);
            if (a == null) {
                fields.add(prefix.substring(0, prefix.length() - 1), "required", "an attachment is required");
                continue;
            }
            if (a.getSize() != null && (a.getSize() < 0 || a.getSize() > 10L << 30)) {
                fields.add(prefix + "size", "range", prefix + "size must be from 0 to 10 GiB");
            }
        }
    }

    static Service service(EntityManager em, String code) {
        List<Service> found = em.createQuery("SELECT s FROM Service s WHERE s.code = :c", Service.class).setParameter("c", code)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("serviceCode", "service", code);
        }
        return found.get(0);
    }

    /** The patrol must have been made in the grid of the place, or the place must be that grid. */
    private static void checkPatrol(RecordCheck check, long patrolId, TerritoryNode place) {
        List<?> grids = check.em().createNativeQuery("SELECT n.path FROM patrol p JOIN territory_node n ON n.id = p.grid_id WHERE p.id = ?")
                .setParameter(1, patrolId).getResultList();
        if (grids.isEmpty() || !place.getPath().startsWith((String) grids.get(0))) {
            throw new NotFoundException("patrolId", "patrol in the grid of this place", patrolId);
        }
    }

    @Override
    protected void afterWrite(EntityManager em, Request input, Request stored) {
        ATTACHMENTS.replace(em, input, stored.getId());
    }

    /** A request's history starts with its receipt. */
    @Override
    protected void afterCreate(EntityManager em, Request created) {
        RequestStep received = new RequestStep();
        received.setRequestId(created.getId());
        received.setAction(StepAction.RECEIVE);
        received.setStatus(RequestStatus.RECEIVED);
        received.setHappenedAt(created.getReceivedAt());
        received.setActor(desk.user());
        em.persist(received);
    }

    @Override
    protected void complete(EntityManager em, List<Request> requests) {
        ATTACHMENTS.load(em, requests);
    }

    @Override
    protected void beforeDelete(EntityManager em, Request stored) {
        if (stored.getStatus() != RequestStatus.RECEIVED) {
            throw new ConflictException("status", "in_progress", "only a request nobody has taken yet can be deleted");
        }
        ATTACHMENTS.delete(em, stored.getId());
        em.createQuery("DELETE FROM RequestStep s WHERE s.requestId = :r").setParameter("r", stored.getId()).executeUpdate();
    }
}
