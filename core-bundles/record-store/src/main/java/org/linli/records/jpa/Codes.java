package org.linli.records.jpa;

import java.util.List;
import javax.persistence.EntityManager;

/** Code look-ups in native SQL, so that any register's entity manager can make them in its own transaction. */
final class Codes {
    private Codes() {
    }

    static boolean exists(EntityManager em, String list, String code) {
        return !em.createNativeQuery("SELECT 1 FROM code_entry WHERE list = ? AND code = ?")
                .setParameter(1, list).setParameter(2, code).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(EntityManager em, String list) {
        return em.createNativeQuery("SELECT code FROM code_entry WHERE list = ? ORDER BY position, code")
                .setParameter(1, list).getResultList();
    }
}
