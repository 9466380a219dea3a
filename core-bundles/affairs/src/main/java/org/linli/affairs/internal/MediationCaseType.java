package org.linli.affairs.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.affairs.MediationCase;
import org.linli.affairs.MediationOutcome;
import org.linli.common.FieldChecks;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;

final class MediationCaseType extends RecordType<MediationCase> {
    static final int MAX_NAMES = 100;

    MediationCaseType() {
        super(MediationCase.class, "mediation case", "mediation_case", Permission.REQUEST_READ, Permission.REQUEST_WRITE);
        filter("kind", Filter.text("t.kind", "of this kind (code list dispute)"));
        filter("outcome", Filter.enumValue("t.outcome", MediationOutcome.class, "with this outcome"));
        filter("from", Filter.from("t.opened_on", "opened on or after this date"));
        filter("to", Filter.to("t.opened_on", "opened on or before this date"));
        filter("requestId", Filter.id("t.request_id", "brought by this request"));
        field("nodeId").required();
        field("title").name(200);
        field("kind").required().code("dispute");
        field("openedOn").required().notFuture();
        field("outcome").required();
        field("agreement").text(2000);
        field("parties").each().name(100);
        field("mediators").each().name(100);
    }

    @Override
    protected String nodeSql() {
        return "t.node_id";
    }

    @Override
    protected Long node(EntityManager em, MediationCase record) {
        return record.getNodeId();
    }

    @Override
    protected void check(RecordCheck check, MediationCase mediation, MediationCase stored) {
        FieldChecks fields = check.fields();
        check.order("openedOn", mediation.getOpenedOn(), "closedOn", mediation.getClosedOn());
        names(fields, "parties", mediation.getParties(), 2);
        names(fields, "mediators", mediation.getMediators(), 1);
        if (mediation.getOutcome() == MediationOutcome.PENDING && mediation.getClosedOn() != null) {
            fields.add("closedOn", "not_applicable", "a PENDING case is not closed");
        }
        if (mediation.getOutcome() != null && mediation.getOutcome() != MediationOutcome.PENDING && mediation.getClosedOn() == null) {
            fields.add("closedOn", "required", "a case with an outcome has its closing date");
        }
        boolean settled = mediation.getOutcome() == MediationOutcome.AGREED || mediation.getOutcome() == MediationOutcome.PARTIAL;
        if (settled && (mediation.getAgreement() == null || mediation.getAgreement().isBlank())) {
            fields.add("agreement", "required", "an " + mediation.getOutcome() + " case records its agreement");
        }
        fields.throwIfAny();
        check.node("nodeId", mediation.getNodeId(), TerritoryLevel.COMMUNITY, TerritoryLevel.GRID, TerritoryLevel.BUILDING,
                TerritoryLevel.DWELLING);
        if (mediation.getRequestId() != null) {
            List<?> place = check.em().createNativeQuery("SELECT node_id FROM service_request WHERE id = ?")
                    .setParameter(1, mediation.getRequestId()).getResultList();
            check.refer("requestId", "request", mediation.getRequestId(),
                    () -> check.node("requestId", place.isEmpty() ? -1L : ((Number) place.get(0)).longValue()));
        }
    }

    static void names(FieldChecks fields, String field, List<String> names, int least) {
        if (names.size() < least) {
            fields.add(field, "too_few", field + " names at least " + least);
        }
        if (names.size() > MAX_NAMES) {
            fields.add(field, "too_many", field + " names at most " + MAX_NAMES);
        }
    }
}
