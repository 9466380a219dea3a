package org.linli.affairs.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.NotFoundException;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationService;

/**
 * The organisations the affairs' records belong to: read through the organisations register, and
 * located in native SQL where a search filters by their community in the same statement.
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

    /** The organisation, visible to the caller, read through the organisations register. */
    static Organisation find(OrganisationService organisations, long id) {
        try {
            return organisations.organisations().get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException("organisationId", "organisation", id);
        }
    }
}
