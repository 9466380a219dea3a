package org.linli.staff;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A worker's responsibility for a community, grid or building (定人定责, 三包). */
public class GridAssignment implements Identified {
    private Long id;
    private Long workerId;
    private Long nodeId;
    private AssignmentRole role;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    /** A community, grid or building, as the role requires. */
    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public void setRole(AssignmentRole role) {
        this.role = role;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
