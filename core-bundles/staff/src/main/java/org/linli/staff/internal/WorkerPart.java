package org.linli.staff.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.Identified;
import org.linli.common.NotFoundException;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryNode;

/** A record of one worker, seen by whoever sees the worker's community. */
abstract class WorkerPart<T extends Identified> extends RecordType<T> {
    /** A worker's record lies where the worker does: the worker's community. */
    private static final String WORKER_COMMUNITY = "(SELECT w.community_id FROM worker w WHERE w.id = t.worker_id)";

    final WorkerType workers;

    WorkerPart(Class<T> type, String name, String table, WorkerType workers, Permission write) {
        this(type, name, table, workers, write, true);
    }

    /**
     * {@code workerRequired} false for what a worker records of their own work (a visit, a patrol):
     * without a worker, the record is the caller's, through {@link #workerOrCaller}.
     */
    WorkerPart(Class<T> type, String name, String table, WorkerType workers, Permission write, boolean workerRequired) {
        super(type, name, table, Permission.STAFF_READ, write);
        this.workers = workers;
        filter("workerId", Filter.id("t.worker_id", "of this worker"));
        if (workerRequired) {
            field("workerId").required();
        }
    }

    abstract Long workerId(T record);

    @Override
    protected String nodeSql() {
        return WORKER_COMMUNITY;
    }

    /**
     * Selects the workers under the nodes once, while the row's node is its worker's community; a
     * kind that names a node of its own (a patrol's grid) is tested on that node.
     */
    @Override
    protected String scopeSql(String nodes) {
        return WORKER_COMMUNITY.equals(nodeSql())
                ? scopeThrough("t.worker_id", "worker", "community_id", nodes) : super.scopeSql(nodes);
    }

    @Override
    protected Long node(EntityManager em, T record) {
        Worker worker = workerId(record) == null ? null : em.find(Worker.class, workerId(record));
        return worker == null ? null : worker.getCommunityId();
    }

    /**
     * The worker of a visit or patrol, who need not be visible to the caller (a grid worker does
     * not see the staff register) but must serve the area of the place.
     */
    static Worker serving(RecordCheck check, long workerId, TerritoryNode place) {
        Worker worker = check.em().find(Worker.class, workerId);
        if (worker == null || !place.getPath().startsWith(check.path(worker.getCommunityId()))) {
            throw new NotFoundException("workerId", "worker", workerId);
        }
        return worker;
    }

    /**
     * The worker given, or else the worker whose account is the caller's user name; with neither,
     * an error on workerId.
     */
    static Long workerOrCaller(RecordCheck check, Long given) {
        if (given != null) {
            return given;
        }
        String user = CallerContext.current().user();
        List<?> own = check.em().createNativeQuery("SELECT id FROM worker WHERE account = ?").setParameter(1, user).getResultList();
        if (own.isEmpty()) {
            check.fields().add("workerId", "required", "name the worker: no worker record has the account " + user);
            return null;
        }
        return ((Number) own.get(0)).longValue();
    }

    /** The record's worker, visible; that it is given is the declared rule on workerId. */
    Worker worker(RecordCheck check, Long id) {
        check.fields().throwIfAny();
        return check.find("workerId", workers, id);
    }
}
