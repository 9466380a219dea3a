package org.linli.records.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.linli.common.Identified;

/**
 * Records kept as a list inside another record, such as an election's candidates: stored in their
 * own table, replaced whole when the parent is written, loaded for a whole page of parents at once.
 *
 * @param <P> the parent record
 * @param <C> the child record, an entity named after its class
 */
public final class ChildList<P extends Identified, C extends Identified> {
    private final Class<C> type;
    private final String parentAttribute;
    private final Function<C, Long> parentOf;
    private final BiConsumer<C, Long> setParent;
    private final Function<P, List<C>> children;
    private final BiConsumer<P, List<C>> setChildren;

    /**
     * @param parentAttribute the child's attribute that holds the parent's id, as JPQL names it
     */
    public ChildList(Class<C> type, String parentAttribute, Function<C, Long> parentOf, BiConsumer<C, Long> setParent,
                     Function<P, List<C>> children, BiConsumer<P, List<C>> setChildren) {
        this.type = type;
        this.parentAttribute = parentAttribute;
        this.parentOf = parentOf;
        this.setParent = setParent;
        this.children = children;
        this.setChildren = setChildren;
    }

    /** Replaces the stored children of {@code parentId} by those {@code input} holds. */
    public void replace(EntityManager em, P input, long parentId) {
        delete(em, parentId);
        for (C child : children.apply(input)) {
            child.setId(null);
            setParent.accept(child, parentId);
            em.persist(child);
        }
    }

    public void delete(EntityManager em, long parentId) {
        em.createQuery("DELETE FROM " + type.getSimpleName() + " c WHERE c." + parentAttribute + " = :p")
                .setParameter("p", parentId).executeUpdate();
    }

    /** Sets each parent's children, read in one query for them all, in the order they were stored. */
    public void load(EntityManager em, List<P> parents) {
        if (parents.isEmpty()) {
            return;
        }
        Map<Long, List<C>> byParent = new HashMap<>();
        em.createQuery("SELECT c FROM " + type.getSimpleName() + " c WHERE c." + parentAttribute + " IN :ids ORDER BY c.id", type)
                .setParameter("ids", parents.stream().map(Identified::getId).toList()).getResultList()
                .forEach(child -> byParent.computeIfAbsent(parentOf.apply(child), p -> new ArrayList<>()).add(child));
        parents.forEach(parent -> setChildren.accept(parent, byParent.getOrDefault(parent.getId(), new ArrayList<>())));
    }
}
