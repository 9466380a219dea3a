package org.linli.population.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.Identified;
import org.linli.common.NotFoundException;
import org.linli.common.Records;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;

/** Where residents live, and look-ups of the records these records refer to, through their registers. */
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

    static Resident resident(ResidentService residents, String field, Long id) {
        try {
            return residents.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException(field, "resident", id);
        }
    }

    /** A record of another register, visible to the caller. */
    static <T extends Identified> T find(Records<T> records, String field, String what, Long id) {
        try {
            return records.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException(field, what, id);
        }
    }
}
