package org.linli.records.jpa;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.linli.common.FieldChecks;
import org.linli.common.Identified;
import org.linli.common.NotFoundException;
import org.linli.common.ValidationException;
import org.linli.records.Code;
import org.linli.records.FieldContext;
import org.linli.security.CallerContext;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryService;

/**
 * What a {@link RecordType}'s check works with: the transaction's entity manager, the field
 * errors collected so far, and look-ups that answer "not found" for anything outside the
 * caller's jurisdiction.
 */
public final class RecordCheck implements FieldContext {
    private final EntityManager em;
    private final FieldChecks fields = new FieldChecks();
    private final TerritoryService territory;
    private final LocalDate today;

    /** A check in the transaction of {@code em}, for a register that keeps its records without {@link JpaRecords}. */
    public RecordCheck(EntityManager em, TerritoryService territory, LocalDate today) {
        this.em = em;
        this.territory = territory;
        this.today = today;
    }

    /**
     * The territory node that governs a write, from {@code node}, asked once when first needed:
     * none when a reference it follows is missing or wrong, or the node lies outside the caller's
     * jurisdiction, so that no guard sees such a write and the register's own checks then say
     * what is wrong.
     */
    public Supplier<Long> governing(Supplier<Long> node) {
        return new Supplier<>() {
            private boolean told;
            private Long id;

            @Override
            public Long get() {
                if (!told) {
                    told = true;
                    try {
                        id = node.get();
                        if (id != null) {
                            territory.get(id);
                        }
                    } catch (RuntimeException e) {
                        id = null;
                    }
                }
                return id;
            }
        };
    }

    public EntityManager em() {
        return em;
    }

    @Override
    public FieldChecks fields() {
        return fields;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    /** The user the current call acts for. */
    public String user() {
        return CallerContext.current().user();
    }

    /**
     * The territory node {@code id}, which must lie in the caller's jurisdiction and be of one of
     * {@code levels} (any level when none is given); {@code null} when {@code id} is.
     */
    public TerritoryNode node(String field, Long id, TerritoryLevel... levels) {
        if (id == null) {
            return null;
        }
        TerritoryNode node;
        try {
            node = territory.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException(field, "territory node", id);
        }
        if (levels.length > 0 && !Arrays.asList(levels).contains(node.getLevel())) {
            throw new ValidationException(field, "level", "territory node " + id + " is a "
                    + node.getLevel().name().toLowerCase(Locale.ROOT) + ", not a "
                    + String.join(" or ", Arrays.stream(levels).map(l -> l.name().toLowerCase(Locale.ROOT)).toList()));
        }
        return node;
    }

    /**
     * A record that another register keeps, read through its service: what that service does not
     * find (or does not show the caller) answers as not found under {@code field} here.
     * {@code null} when {@code id} is.
     */
    public <R> R refer(String field, String what, Object id, Supplier<R> read) {
        if (id == null) {
            return null;
        }
        try {
            return read.get();
        } catch (NotFoundException e) {
            throw new NotFoundException(field, what, id);
        }
    }

    /** The stored record {@code id} of {@code type}, visible to the caller; {@code null} when {@code id} is. */
    public <R extends Identified> R find(String field, RecordType<R> type, Long id) {
        if (id == null) {
            return null;
        }
        R record = em.find(type.type(), id);
        if (record == null || !visible(type.node(em, record))) {
            throw new NotFoundException(field, type.name(), id);
        }
        return record;
    }

    /**
     * Whether the node lies in the caller's jurisdiction: judged by its path, so that reading a
     * record needs the right to read the record and not the territory's as well.
     */
    boolean visible(Long nodeId) {
        if (nodeId == null) {
            return true;
        }
        Scope scope = territory.scope();
        return scope.everywhere() || scope.contains(path(nodeId));
    }

    /** The path of the node, when it exists and lies in the caller's jurisdiction; {@code null} otherwise. */
    String visiblePath(long nodeId) {
        String path = path(nodeId);
        return path != null && territory.scope().contains(path) ? path : null;
    }

    /** The path of the territory node with this id, {@code null} when there is none; whoever may see it. */
    public String path(long nodeId) {
        List<?> path = em.createNativeQuery("SELECT path FROM territory_node WHERE id = ?").setParameter(1, nodeId).getResultList();
        return path.isEmpty() ? null : (String) path.get(0);
    }

    /** A code that must be one of the list's, when present. */
    @Override
    public RecordCheck code(String field, String list, String code) {
        // Only what can be a code reaches the database: PostgreSQL refuses some characters outright.
        if (code != null && (!Code.PATTERN.matcher(code).matches() || !Codes.exists(em, list, code))) {
            List<String> known = Codes.codes(em, list);
            fields.add(field, "unknown_code", field + " must be a code of the list " + list + ": " + known);
        }
        return this;
    }

    /** {@code later} is not before {@code earlier}, when both are present. */
    public RecordCheck order(String earlierField, LocalDate earlier, String laterField, LocalDate later) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            fields.add(laterField, "order", laterField + " must not be before " + earlierField);
        }
        return this;
    }

    @Override
    public RecordCheck notFuture(String field, LocalDate date) {
        FieldContext.super.notFuture(field, date);
        return this;
    }

    @Override
    public RecordCheck range(String field, Number value, long min, long max) {
        FieldContext.super.range(field, value, min, max);
        return this;
    }
}
