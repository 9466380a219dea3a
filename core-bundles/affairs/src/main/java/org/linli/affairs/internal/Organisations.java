package org.linli.affairs.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.NotFoundException;
import org.linli.records.RecordCheck;

/**
 * Look-ups of the organisations register in native SQL: the affairs' records refer to
 * organisations and meetings kept in another persistence unit, in the same transaction.
 */
final class Organisations {
    /** The SQL, over the row alias {@code t}, for the community of the row's organisation. */
    static final String COMMUNITY_SQL = "(SELECT o.community_id FROM organisation o WHERE o.id = t.organisation_id)";

    private Organisations() {
    }

    static Long community(EntityManager em, Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT community_id FROM organisation WHERE id = ?").setParameter(1, organisationId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    /** The kind of a visible organisation. */
    static String kind(RecordCheck check, String field, long organisationId) {
        List<?> rows = check.em().createNativeQuery("SELECT kind, community_id FROM organisation WHERE id = ?")
                .setParameter(1, organisationId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(field, "organisation", organisationId);
        }
        Object[] row = (Object[]) rows.get(0);
        try {
            check.node(field, ((Number) row[1]).longValue());
        } catch (NotFoundException e) {
            throw new NotFoundException(field, "organisation", organisationId);
        }
        return (String) row[0];
    }

    /** The organisation that held a meeting, if the meeting exists. */
    static Long meetingOrganisation(EntityManager em, long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT organisation_id FROM meeting WHERE id = ?").setParameter(1, meetingId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }
}
