package org.linli.services.internal;

import java.time.LocalDateTime;
import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.services.Dispatch;
import org.linli.services.Request;
import org.linli.services.RequestStatus;

/** Dispatches, seen by whoever sees their request. */
final class DispatchType extends RecordType<Dispatch> {
    private final RequestType requests;
    private final Desk desk;

    DispatchType(RequestType requests, Desk desk) {
        super(Dispatch.class, "dispatch", "dispatch", Permission.REQUEST_READ, Permission.REQUEST_WRITE);
        this.requests = requests;
        this.desk = desk;
        filter("requestId", Filter.id("t.request_id", "of this request"));
        filter("department", Filter.text("t.department", "sent to this department"));
        filter("overdue", Filter.bool("(t.reported_at IS NULL AND t.deadline < LOCALTIMESTAMP)",
                "not reported by their deadline, or not"));
        filter("reported", Filter.bool("(t.reported_at IS NOT NULL)", "reported, or not"));
        field("requestId").required();
        field("department").name(100);
        field("sentAt").readOnly();
        field("deadline").required();
        field("acknowledgedAt").readOnly();
        field("reportedAt").readOnly();
        field("report").text(2000);
        field("state").readOnly();
    }

    @Override
    protected String nodeSql() {
        return "(SELECT r.node_id FROM service_request r WHERE r.id = t.request_id)";
    }

    @Override
    protected String scopeSql(String nodes) {
        return scopeThrough("t.request_id", "service_request", "node_id", nodes);
    }

    @Override
    protected Long node(EntityManager em, Dispatch record) {
        Request request = record.getRequestId() == null ? null : em.find(Request.class, record.getRequestId());
        return request == null ? null : request.getNodeId();
    }

    @Override
    protected void check(RecordCheck check, Dispatch dispatch, Dispatch stored) {
        check.fields().throwIfAny();
        Request request = check.find("requestId", requests, dispatch.getRequestId());
        LocalDateTime now = desk.now();
        if (stored == null) {
            if (request.getStatus() != RequestStatus.ACCEPTED && request.getStatus() != RequestStatus.IN_PROGRESS) {
                throw new ConflictException("requestId", "status", "a request is dispatched once accepted and before it is completed;"
                        + " this one is " + request.getStatus());
            }
            if (!dispatch.getDeadline().isAfter(now)) {
                check.fields().add("deadline", "past", "deadline must be in the future");
            }
            dispatch.setSentAt(now);
            dispatch.setAcknowledgedAt(null);
            dispatch.setReportedAt(null);
            dispatch.setReport(null);
        } else {
            if (!stored.getRequestId().equals(dispatch.getRequestId())) {
                check.fields().add("requestId", "immutable", "a dispatch stays with its request");
            }
            // Acknowledgement and report are recorded through their own operations.
            dispatch.setSentAt(stored.getSentAt());
            dispatch.setAcknowledgedAt(stored.getAcknowledgedAt());
            dispatch.setReportedAt(stored.getReportedAt());
            dispatch.setReport(stored.getReport());
        }
    }

    @Override
    protected void complete(EntityManager em, List<Dispatch> dispatches) {
        LocalDateTime now = desk.now();
        for (Dispatch dispatch : dispatches) {
            dispatch.setState(dispatch.getReportedAt() != null ? "REPORTED"
                    : dispatch.getDeadline().isBefore(now) ? "OVERDUE"
                    : dispatch.getAcknowledgedAt() != null ? "ACKNOWLEDGED" : "PENDING");
        }
    }
}
