package org.linli.organisations.internal;

import java.math.BigDecimal;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.organisations.VentureContest;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;

/**
 * Contests are public calls: every reader sees them, so that a community can propose to its
 * district's contest. The contest's node governs it: only those who see that node change it.
 */
final class VentureContestType extends RecordType<VentureContest> {
    VentureContestType() {
        super(VentureContest.class, "venture contest", "venture_contest", Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        filter("nodeId", Filter.id("t.node_id", "held by this territory node"));
        filter("from", Filter.from("t.call_opens_on", "whose call opens on or after this date"));
        filter("to", Filter.to("t.call_opens_on", "whose call opens on or before this date"));
        field("nodeId").required();
        field("name").name(100);
        field("round").range(1, 1000);
        field("callOpensOn").required();
        field("callClosesOn").required();
        field("decidedOn").notFuture();
        field("fund").range(0, 1_000_000_000_000L);
    }

    @Override
    protected String nodeSql() {
        return null;
    }

    @Override
    protected Long node(EntityManager em, VentureContest record) {
        return null;
    }

    @Override
    protected Long governingNode(EntityManager em, VentureContest record) {
        return record.getNodeId();
    }

    @Override
    protected void check(RecordCheck check, VentureContest contest, VentureContest stored) {
        FieldChecks fields = check.fields();
        check.order("callOpensOn", contest.getCallOpensOn(), "callClosesOn", contest.getCallClosesOn())
                .order("callClosesOn", contest.getCallClosesOn(), "decidedOn", contest.getDecidedOn());
        fields.throwIfAny();
        check.node("nodeId", contest.getNodeId(), TerritoryLevel.DISTRICT, TerritoryLevel.STREET, TerritoryLevel.COMMUNITY);
        if (stored != null && contest.getFund() != null) {
            BigDecimal granted = check.em().createQuery("SELECT COALESCE(SUM(p.grantAmount), 0) FROM VentureProject p"
                    + " WHERE p.contestId = :c", BigDecimal.class).setParameter("c", stored.getId()).getSingleResult();
            if (granted.compareTo(contest.getFund()) > 0) {
                throw new ConflictException("fund", "below_grants", "the contest has granted " + granted + " already");
            }
        }
    }

}
