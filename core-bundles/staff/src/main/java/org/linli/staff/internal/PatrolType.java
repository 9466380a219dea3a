package org.linli.staff.internal;

import javax.persistence.EntityManager;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Patrol;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** A patrol is seen by whoever sees its grid, as a visit is by whoever sees the place visited. */
final class PatrolType extends WorkerPart<Patrol> {
    PatrolType(WorkerType workers) {
        super(Patrol.class, "patrol", "patrol", workers, Permission.VISIT_WRITE, false);
        filter("gridId", Filter.id("t.grid_id", "of this grid"));
        filter("from", Filter.from("t.patrolled_on", "made on or after this date"));
        filter("to", Filter.to("t.patrolled_on", "made on or before this date"));
        field("gridId").required();
        field("patrolledOn").required().notFuture();
        field("minutes").range(1, 24 * 60);
        field("findings").text(1000);
        field("issuesFound").range(0, 1000);
    }

    @Override
    Long workerId(Patrol record) {
        return record.getWorkerId();
    }

    @Override
    protected String nodeSql() {
        return "t.grid_id";
    }

    @Override
    protected Long node(EntityManager em, Patrol record) {
        return record.getGridId();
    }

    @Override
    protected void check(RecordCheck check, Patrol patrol, Patrol stored) {
        patrol.setWorkerId(workerOrCaller(check, patrol.getWorkerId()));
        check.fields().throwIfAny();
        TerritoryNode grid = check.node("gridId", patrol.getGridId(), TerritoryLevel.GRID);
        Worker worker = serving(check, patrol.getWorkerId(), grid);
        check.order("hiredOn", worker.getHiredOn(), "patrolledOn", patrol.getPatrolledOn());
    }
}
