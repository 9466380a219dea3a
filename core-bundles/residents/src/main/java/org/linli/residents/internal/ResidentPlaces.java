package org.linli.residents.internal;

import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.database.Database;
import org.linli.territory.SubtreeMoves;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The paths of a resident's places on their row ({@code dwelling_path}, {@code household_path}):
 * written with every resident and household write, and rewritten in the territory's transaction
 * when it moves a subtree, so that a jurisdiction never reads where a resident used to lie.
 */
@Component(service = SubtreeMoves.class)
public class ResidentPlaces implements SubtreeMoves {
    private static final String PATHS = "dwelling_path = (SELECT t.path FROM territory_node t WHERE t.id = resident.dwelling_id),"
            + " household_path = (SELECT t.path FROM household h JOIN territory_node t ON t.id = h.dwelling_id"
            + " WHERE h.id = resident.household_id)";
    private final JpaTemplate jpa;

    @Activate
    public ResidentPlaces(@Reference(target = "(osgi.unit.name=linli-residents)") JpaTemplate jpa, @Reference Database migrated) {
        this.jpa = jpa;
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
