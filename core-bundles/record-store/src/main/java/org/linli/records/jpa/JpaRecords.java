package org.linli.records.jpa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.common.ConflictException;
import org.linli.common.Failures;
import org.linli.common.FieldChecks;
import org.linli.common.Identified;
import org.linli.common.NotFoundException;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.database.Database;
import org.linli.records.KindDescription;
import org.linli.records.RecordGuards;
import org.linli.records.RecordStore;
import org.linli.records.RecordWrite;
import org.linli.security.CallerContext;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryService;

/**
 * Keeps one kind of record in the persistence unit of the bundle that owns it, following its
 * {@link RecordType}: every call checks the caller's permission, every read is limited to the
 * caller's jurisdiction, every write is one transaction.
 *
 * @param <T> the record
 */
public final class JpaRecords<T extends Identified> implements RecordStore<T> {
    private final JpaTemplate jpa;
    private final Database database;
    private final TerritoryService territory;
    private final RecordGuards guards;
    private final RecordType<T> type;
    private final Clock clock;

    /** @param clock Linli's clock service: what "today" is for the record's checks */
    public JpaRecords(JpaTemplate jpa, Database database, TerritoryService territory, RecordGuards guards, RecordType<T> type,
                      Clock clock) {
        this.jpa = jpa;
        this.database = database;
        this.territory = territory;
        this.guards = guards;
        this.type = type;
        this.clock = clock;
    }

    public RecordType<T> type() {
        return type;
    }

    @Override
    public KindDescription description() {
        return type.description();
    }

    @Override
    public T create(T record) {
        CallerContext.require(type.write());
        return inTransaction(em -> {
            record.setId(null);
            checkWrite(em, record, null);
            em.persist(record);
            // The row goes in first: EclipseLink does not order inserts by foreign keys it does not map.
            em.flush();
            type.afterWrite(em, record, record);
            type.afterCreate(em, record);
            em.flush();
            return completed(em, record);
        });
    }

    @Override
    public T get(long id) {
        requireRead();
        return inTransaction(em -> completed(em, find(em, id)));
    }

    @Override
    public T update(long id, T record) {
        CallerContext.require(type.write());
        return inTransaction(em -> {
            T stored = findToChange(em, id);
            record.setId(id);
            checkWrite(em, record, stored);
            T merged = em.merge(record);
            type.afterWrite(em, record, merged);
            em.flush();
            return completed(em, merged);
        });
    }

    @Override
    public void delete(long id) {
        CallerContext.require(type.write());
        inTransaction(em -> {
            T stored = findToChange(em, id);
            type.beforeDelete(em, stored);
            em.remove(stored);
            em.flush();
            return null;
        });
    }

    @Override
    public Page<T> search(Map<String, String> filters, PageRequest page) {
        requireRead();
        return inTransaction(em -> {
            planForValues(em);
            Matching matching = matching(em, filters);
            long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + matching.from()), matching.params)
                    .getSingleResult()).longValue();
            if (page.after() != null) {
                matching = matching.and("t.id > ?", page.after());
            }
            return new Page<>(matching.rows(em, " LIMIT " + page.size() + " OFFSET " + page.offset(), false), page.page(), page.size(),
                    total);
        });
    }

    /**
     * In one statement, without a count: the policy engine reads a community's records so. By
     * pages, the database would find the rows before each page again, and counting them doubled
     * the reading. As read-only objects, which the persistence context neither copies nor compares
     * at the commit: that was most of the engine's reading after the rows.
     */
    @Override
    public List<T> all(Map<String, String> filters) {
        requireRead();
        return inTransaction(em -> {
            planForValues(em);
            return matching(em, filters).rows(em, "", true);
        });
    }

    private void planForValues(EntityManager em) {
        database.planForValues(sql -> em.createNativeQuery(sql).executeUpdate());
    }

    /** The rows the caller sees that match every filter. */
    private Matching matching(EntityManager em, Map<String, String> filters) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (type.nodeSql() != null) {
            Scope scope = territory.scope();
            if (!scope.everywhere()) {
                under(scope.paths(), where, params);
            }
        }
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            if (filter.getValue() == null || filter.getValue().isBlank()) {
                continue;
            }
            if (NODE_FILTER.equals(filter.getKey()) && type.nodeSql() != null) {
                under(List.of(nodePath(em, filter.getValue())), where, params);
                continue;
            }
            type.description().requireFilter(filter.getKey());
            type.filters().get(filter.getKey()).apply(filter.getKey(), filter.getValue(), where, params);
        }
        return new Matching(where.toString(), params);
    }

    /** A search's condition ({@code " WHERE …"} or empty) and its parameters. */
    private final class Matching {
        private final String where;
        private final List<Object> params;

        Matching(String where, List<Object> params) {
            this.where = where;
            this.params = params;
        }

        String from() {
            return " FROM " + type.table() + " t" + where;
        }

        Matching and(String condition, Object param) {
            List<Object> more = new ArrayList<>(params);
            more.add(param);
            return new Matching(where + (where.isEmpty() ? " WHERE " : " AND ") + condition, more);
        }

        /** {@code readOnly}: objects that must not be changed, outside the persistence context. */
        @SuppressWarnings("unchecked")
        List<T> rows(EntityManager em, String limit, boolean readOnly) {
            Query query = bind(em.createNativeQuery("SELECT t.*" + from() + " ORDER BY t.id" + limit, type.type()), params);
            if (readOnly) {
                query.setHint("eclipselink.read-only", "true").setHint("eclipselink.maintain-cache", "false");
            }
            List<T> rows = query.getResultList();
            type.complete(em, rows);
            return rows;
        }
    }

    /**
     * Runs {@code work} in the caller's transaction, or a new one, with the checks and look-ups of
     * this store: for a register's own operations beyond create, read, update and delete.
     */
    public <R> R inTransaction(Function<EntityManager, R> work) {
        return inTransaction(TransactionType.Required, work);
    }

    private <R> R inTransaction(TransactionType transaction, Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(transaction, work::apply);
        } catch (RuntimeException e) {
            String state = Failures.sqlState(e).orElse("");
            if (Failures.linliCause(e).isEmpty() && Failures.UNIQUE_VIOLATION.equals(state)) {
                throw new ConflictException(type.uniqueField(), "duplicate", "the " + type.name() + " is already stored");
            }
            if (Failures.linliCause(e).isEmpty() && Failures.FOREIGN_KEY_VIOLATION.equals(state)) {
                throw new ConflictException("id", "in_use", "the " + type.name() + " is still referred to by other records");
            }
            throw Failures.unwrap(e);
        }
    }

    /** The stored record, if the caller may see it. */
    public T find(EntityManager em, long id) {
        T record = em.find(type.type(), id);
        if (record == null || !check(em).visible(type.node(em, record))) {
            throw new NotFoundException("id", type.name(), id);
        }
        return record;
    }

    /**
     * The stored record, if the caller may change it: they see it, and for a kind that every reader
     * sees (a contest, an offer), they see the node it belongs to as well.
     */
    private T findToChange(EntityManager em, long id) {
        T record = find(em, id);
        if (type.nodeSql() == null && !check(em).visible(type.governingNode(em, record))) {
            throw new NotFoundException("id", type.name(), id);
        }
        return record;
    }

    /** A fresh check context for this transaction. */
    public RecordCheck check(EntityManager em) {
        return new RecordCheck(em, territory, LocalDate.now(clock));
    }

    /**
     * Checks a write of {@code record} ({@code stored} on update, {@code null} on create): the
     * guards complete it, the rules of its fields and the kind's own checks judge it, and only
     * then do the guards review it, so that they may rely on its references. Throws with every
     * field error found.
     */
    private void checkWrite(EntityManager em, T record, T stored) {
        RecordCheck check = check(em);
        // Before its own checks, a write whose node cannot be told yet has none, and no plugin's hook sees it.
        guards.complete(RecordWrite.of(type.name(), record, stored, check.governing(() -> type.governingNode(em, record)), em::find,
                check.fields()));
        type.checkFields(check, record);
        type.check(check, record, stored);
        if (!check.fields().hasErrors()) {
            guards.review(RecordWrite.of(type.name(), record, stored, check.governing(() -> type.governingNode(em, record)), em::find,
                    check.fields()));
        }
        check.fields().throwIfAny();
    }

    /**
     * Whether a guard lifts {@code restriction}, a rule of this register's own, from the step
     * {@code action} on the stored {@code record}: asked in the step's transaction, by a register
     * about to refuse the step for it.
     */
    public boolean lifted(EntityManager em, T record, String action, String restriction) {
        RecordCheck check = check(em);
        return guards.lifts(RecordWrite.step(type.name(), record, action, check.governing(() -> type.governingNode(em, record)), em::find,
                check.fields()), restriction);
    }

    private void requireRead() {
        if (type.read() != null) {
            CallerContext.require(type.read());
        } else {
            CallerContext.current();
        }
    }

    private T completed(EntityManager em, T record) {
        type.complete(em, List.of(record));
        return record;
    }

    /** The path of the node a search is limited to, which the caller must see. */
    private String nodePath(EntityManager em, String value) {
        long id = FieldChecks.wholeNumber(NODE_FILTER, value);
        String path = check(em).visiblePath(id);
        if (path == null) {
            throw new NotFoundException(NODE_FILTER, "territory node", id);
        }
        return path;
    }

    /** Rows whose node lies under any of the paths; none when there is no path. */
    private void under(List<String> paths, StringBuilder where, List<Object> params) {
        where.append(where.length() == 0 ? " WHERE " : " AND ");
        if (paths.isEmpty()) {
            where.append("1 = 0");
            return;
        }
        where.append(type.scopeSql("SELECT n.id FROM territory_node n WHERE "
                + String.join(" OR ", Collections.nCopies(paths.size(), "n.path LIKE ?"))));
        paths.forEach(path -> params.add(path + "%"));
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
