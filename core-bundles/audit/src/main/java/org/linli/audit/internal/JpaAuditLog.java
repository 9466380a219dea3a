package org.linli.audit.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.audit.AuditQuery;
import org.linli.common.Daemons;
import org.linli.common.FieldChecks;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.database.Database;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {
    private final JpaTemplate jpa;
    /** Linli's clock in UTC: entries are stored as UTC times. */
    private final Clock clock;
    /**
     * Where refused attempts are stored: a thread has at most one transaction, so a thread with
     * none gives the entry one of its own, which the caller's rollback does not reach (the JTA
     * manager cannot resume a transaction that the attempt's failure has marked for rollback).
     */
    private final ExecutorService attempts = Daemons.pool("linli-audit-attempts", 1);

    @Activate
    public JpaAuditLog(@Reference(target = "(osgi.unit.name=linli-audit)") JpaTemplate jpa, @Reference Database migrated,
                       @Reference Clock clock) {
        this.clock = clock.withZone(ZoneOffset.UTC);
        this.jpa = jpa;
    }

    @Override
    public void record(Long nodeId, String action, String entity, Object entityId, List<String> fields, String reason,
                       String detail) {
        store(nodeId, action, entity, entityId, fields, reason, detail);
    }

    @Override
    public void recordAttempt(String action, String entity, Object entityId, List<String> fields, String reason, String detail) {
        Caller caller = CallerContext.current();
        Future<?> stored = attempts.submit(() -> CallerContext.callAs(caller, () -> {
            store(null, action, entity, entityId, fields, reason, detail);
            return null;
        }));
        try {
            stored.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing " + action, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    @Deactivate
    void stop() {
        attempts.shutdown();
    }

    private void store(Long nodeId, String action, String entity, Object entityId, List<String> fields, String reason,
                       String detail) {
        Caller caller = CallerContext.current();
        AuditEntryEntity row = new AuditEntryEntity();
        row.at = LocalDateTime.now(clock);
        row.user = caller.user();
        row.address = caller.address();
        row.action = action;
        row.entity = entity;
        row.entityId = String.valueOf(entityId);
        row.fields = fields == null || fields.isEmpty() ? null : String.join(",", fields);
        row.reason = reason;
        row.detail = detail;
        // Required: inside the audited action's transaction when there is one.
        jpa.tx(TransactionType.Required, em -> {
            // The territory's own table, read here: the territory service audits through this log.
            if (nodeId != null) {
                List<?> path = em.createNativeQuery("SELECT path FROM territory_node WHERE id = ?").setParameter(1, nodeId)
                        .getResultList();
                row.nodePath = path.isEmpty() ? null : String.valueOf(path.get(0));
            }
            em.persist(row);
        });
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        CallerContext.require(Permission.AUDIT_READ);
        page.requireNumbered();
        new FieldChecks().searchText("user", query.user()).searchText("action", query.action())
                .searchText("entity", query.entity()).searchText("entityId", query.entityId()).throwIfAny();
        Caller reader = CallerContext.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object[]> params = new ArrayList<>();
            if (!reader.everywhere()) {
                List<String> within = paths(em, List.copyOf(reader.jurisdictions()));
                if (within.isEmpty()) {
                    return new Page<AuditEntry>(List.of(), page.page(), page.size(), 0);
                }
                List<String> any = new ArrayList<>();
                for (int i = 0; i < within.size(); i++) {
                    any.add("a.nodePath LIKE :scope" + i);
                    params.add(new Object[] {"scope" + i, within.get(i) + "%"});
                }
                where.append(" AND (").append(String.join(" OR ", any)).append(")");
            }
            criterion(where, params, "user", query.user());
            criterion(where, params, "action", query.action());
            criterion(where, params, "entity", query.entity());
            criterion(where, params, "entityId", query.entityId());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntryEntity a" + where, Long.class);
            TypedQuery<AuditEntryEntity> select = em.createQuery(
                    "SELECT a FROM AuditEntryEntity a" + where + " ORDER BY a.id DESC", AuditEntryEntity.class);
            for (Object[] p : params) {
                count.setParameter((String) p[0], p[1]);
                select.setParameter((String) p[0], p[1]);
            }
            List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(JpaAuditLog::toApi).toList();
            return new Page<>(items, page.page(), page.size(), count.getSingleResult());
        });
    }

    /** The paths of the nodes with these codes, read from the territory's own table. */
    private static List<String> paths(EntityManager em, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT path FROM territory_node WHERE code IN ("
                + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")");
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(i + 1, codes.get(i));
        }
        List<?> paths = query.getResultList();
        return paths.stream().map(String::valueOf).toList();
    }

    private static void criterion(StringBuilder where, List<Object[]> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND a.").append(field).append(" = :").append(field);
            params.add(new Object[] {field, value.strip()});
        }
    }

    private static AuditEntry toApi(AuditEntryEntity row) {
        return new AuditEntry(row.id, row.at.toInstant(ZoneOffset.UTC), row.user, row.address, row.action, row.entity,
                row.entityId, row.fields == null ? List.of() : List.of(row.fields.split(",")), row.reason, row.detail);
    }

}
