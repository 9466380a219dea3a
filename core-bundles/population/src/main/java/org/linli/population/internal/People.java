package org.linli.population.internal;

import java.util.List;
import javax.persistence.EntityManager;

/** Where residents live: the place that decides who sees the records about them. */
final class People {
    /** The SQL for the place of a resident whose id is {@code residentId}: where they live, else their household's dwelling. */
    static String placeSql(String residentId) {
        return "(SELECT COALESCE(r.dwelling_id, (SELECT h.dwelling_id FROM household h WHERE h.id = r.household_id))"
                + " FROM resident r WHERE r.id = " + residentId + ")";
    }

    private People() {
    }

    static Long place(EntityManager em, Long residentId) {
        if (residentId == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT COALESCE(r.dwelling_id, (SELECT h.dwelling_id FROM household h"
                + " WHERE h.id = r.household_id)) FROM resident r WHERE r.id = ?").setParameter(1, residentId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
    }
}
