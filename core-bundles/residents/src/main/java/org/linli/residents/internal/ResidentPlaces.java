package org.linli.residents.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.database.Database;
import org.linli.territory.SubtreeMoves;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paths of a resident's places on their row ({@code dwelling_path}, {@code household_path}):
 * written with every resident and household write, and rewritten in the territory's transaction
 * when it moves a subtree, so that a jurisdiction never reads where a resident used to lie.
 *
 * <p>A move made while this bundle was stopped reached no one: on every start the paths that no
 * longer match the territory are written again, in the background, once this service is
 * registered to hear the moves that follow.
 */
@Component(service = SubtreeMoves.class, immediate = true)
public class ResidentPlaces implements SubtreeMoves {
    private static final Logger LOG = LoggerFactory.getLogger(ResidentPlaces.class);
    private static final String STALE_DWELLING_PATHS = "UPDATE resident SET dwelling_path = (SELECT t.path FROM territory_node t"
            + " WHERE t.id = resident.dwelling_id) WHERE dwelling_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM territory_node t"
            + " WHERE t.id = resident.dwelling_id AND t.path = resident.dwelling_path)";
    private static final String STALE_HOUSEHOLD_PATHS = "UPDATE resident SET household_path = (SELECT t.path FROM household h"
            + " JOIN territory_node t ON t.id = h.dwelling_id WHERE h.id = resident.household_id) WHERE household_id IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM household h JOIN territory_node t ON t.id = h.dwelling_id"
            + " WHERE h.id = resident.household_id AND t.path = resident.household_path)";
    private static final String PATHS = "dwelling_path = (SELECT t.path FROM territory_node t WHERE t.id = resident.dwelling_id),"
            + " household_path = (SELECT t.path FROM household h JOIN territory_node t ON t.id = h.dwelling_id"
            + " WHERE h.id = resident.household_id)";
    private final JpaTemplate jpa;

    private final ExecutorService repair = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "linli-resident-places");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ResidentPlaces(@Reference(target = "(osgi.unit.name=linli-residents)") JpaTemplate jpa, @Reference Database migrated) {
        this.jpa = jpa;
        repair.execute(this::repair);
    }

    @Deactivate
    void deactivate() {
        repair.shutdownNow();
    }

    /** Writes again every path that no longer matches the territory; answers how many. */
    int repair() {
        long started = System.nanoTime();
        try {
            int repaired = jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery(STALE_DWELLING_PATHS).executeUpdate()
                    + em.createNativeQuery(STALE_HOUSEHOLD_PATHS).executeUpdate());
            if (repaired > 0) {
                LOG.warn("{} residents' places' paths no longer matched the territory (moved while the residents bundle was"
                        + " stopped) and were written again in {} ms", repaired, (System.nanoTime() - started) / 1_000_000);
            }
            return repaired;
        } catch (RuntimeException e) {
            LOG.error("The residents' places' paths could not be checked against the territory", e);
            return -1;
        }
    }

    @Override
    public void moved(String oldPath, String newPath) {
        jpa.tx(TransactionType.Mandatory, em -> {
            for (String column : new String[] {"dwelling_path", "household_path"}) {
                em.createNativeQuery("UPDATE resident SET " + column + " = CONCAT(?, SUBSTRING(" + column + ", ?)) WHERE "
                                + column + " LIKE ?")
                        .setParameter(1, newPath).setParameter(2, oldPath.length() + 1).setParameter(3, oldPath + "%")
                        .executeUpdate();
            }
        });
    }

    /** Writes the places' paths of the resident with this id, as the rows stand once flushed. */
    static void ofResident(EntityManager em, long id) {
        em.flush();
        em.createNativeQuery("UPDATE resident SET " + PATHS + " WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    /** Writes the places' paths of the household's members. */
    static void ofMembers(EntityManager em, long householdId) {
        em.flush();
        em.createNativeQuery("UPDATE resident SET " + PATHS + " WHERE household_id = ?").setParameter(1, householdId).executeUpdate();
    }
}
