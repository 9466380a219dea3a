package org.linli.affairs.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.records.jpa.RecordType;

/**
 * Where the organisation of an affairs record lies, in native SQL: searches filter by its
 * community in the same statement, though organisations are kept in another persistence unit.
 */
final class Organisations {
    /** The SQL, over the row alias {@code t}, for the community of the row's organisation. */
    static final String COMMUNITY_SQL = "(SELECT o.community_id FROM organisation o WHERE o.id = t.organisation_id)";

    private Organisations() {
    }

    /** Rows whose organisation lies under {@code nodes}: the organisations are selected once, not per row. */
    static String scopeSql(String nodes) {
        return RecordType.scopeThrough("t.organisation_id", "organisation", "community_id", nodes);
    }

    static Long community(EntityManager em, Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT community_id FROM organisation WHERE id = ?").setParameter(1, organisationId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }
}
