package org.linli.staff.internal;

import java.util.Map;
import javax.persistence.EntityManager;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** Seen by whoever sees the community, grid or building assigned, which lies in the worker's area. */
final class GridAssignmentType extends WorkerPart<GridAssignment> {
    static final Map<AssignmentRole, TerritoryLevel> LEVELS = Map.of(
            AssignmentRole.COMMUNITY_LEAD, TerritoryLevel.COMMUNITY,
            AssignmentRole.AREA_CADRE, TerritoryLevel.GRID,
            AssignmentRole.GRID_LEAD, TerritoryLevel.GRID,
            AssignmentRole.GRID_WORKER, TerritoryLevel.GRID,
            AssignmentRole.BUILDING_COORDINATOR, TerritoryLevel.BUILDING);

    GridAssignmentType(WorkerType workers) {
        super(GridAssignment.class, "grid assignment", "grid_assignment", workers, Permission.STAFF_WRITE);
        filter("role", Filter.enumValue("t.role", AssignmentRole.class, "with this role"));
        filter("on", Filter.activeOn("t.starts_on", "t.ends_on", "running on this date"));
        field("nodeId").required();
        field("role").required();
        field("startsOn").required();
    }

    @Override
    Long workerId(GridAssignment record) {
        return record.getWorkerId();
    }

    @Override
    protected String nodeSql() {
        return "t.node_id";
    }

    @Override
    protected Long node(EntityManager em, GridAssignment record) {
        return record.getNodeId();
    }

    @Override
    protected void check(RecordCheck check, GridAssignment assignment, GridAssignment stored) {
        check.order("startsOn", assignment.getStartsOn(), "endsOn", assignment.getEndsOn());
        Worker worker = worker(check, assignment.getWorkerId());
        TerritoryNode node = check.node("nodeId", assignment.getNodeId(), LEVELS.get(assignment.getRole()));
        TerritoryNode area = check.node("workerId", worker.getCommunityId());
        if (!node.getPath().startsWith(area.getPath())) {
            check.fields().add("nodeId", "outside_area", "the node lies outside the worker's community or street");
        }
    }
}
