package org.linli.residents.internal;

import java.util.concurrent.ExecutorService;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.common.Daemons;
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
    /** Where each path column's value comes from, for the row {@code resident}. */
    private static final String DWELLING_PATH = "SELECT t.path FROM territory_node t WHERE t.id = resident.dwelling_id";
    private static final String HOUSEHOLD_PATH = "SELECT t.path FROM household h JOIN territory_node t ON t.id = h.dwelling_id"
            + " WHERE h.id = resident.household_id";
    private static final String PATHS = "dwelling_path = (" + DWELLING_PATH + "), household_path = (" + HOUSEHOLD_PATH + ")";
    private final JpaTemplate jpa;
    private final ExecutorService repair = Daemons.pool("linli-resident-places", 1);

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
            int repaired = jpa.txExpr(TransactionType.Required, em -> stale(em, "dwelling_path", "dwelling_id", DWELLING_PATH)
                    + stale(em, "household_path", "household_id", HOUSEHOLD_PATH));
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

    /** Writes {@code column} again where its place ({@code place}, from {@code placeId}) has another path now. */
    private static int stale(EntityManager em, String column, String placeId, String place) {
        return em.createNativeQuery("UPDATE resident SET " + column + " = (" + place + ") WHERE " + placeId + " IS NOT NULL"
                + " AND NOT EXISTS (" + place + " AND t.path = resident." + column + ")").executeUpdate();
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
