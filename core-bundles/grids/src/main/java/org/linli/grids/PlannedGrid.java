package org.linli.grids;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/** One grid of a plan: what becomes of it and what it holds after the plan. */
public class PlannedGrid {
    private PlanAction action;
    @Schema(description = "The grid kept, changed or closed; for a new grid, set once the plan is applied")
    private Long gridId;
    private String code;
    private String name;
    private long households;
    @Schema(description = "Against the plan's bounds; absent for a grid closed")
    private Bound bound;
    @Schema(description = "The buildings after the plan, in walking order")
    private List<Long> buildingIds = new ArrayList<>();
    @Schema(description = "The grid worker after the plan; absent where someone must be assigned")
    private Long workerId;

    public PlanAction getAction() {
        return action;
    }

    public void setAction(PlanAction action) {
        this.action = action;
    }

    /** The grid kept, changed or closed; for a new grid, set once the plan is applied. */
    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Households after the plan (0 for a grid closed). */
    public long getHouseholds() {
        return households;
    }

    public void setHouseholds(long households) {
        this.households = households;
    }

    /** Against the plan's bounds; {@code null} for a grid closed. */
    public Bound getBound() {
        return bound;
    }

    public void setBound(Bound bound) {
        this.bound = bound;
    }

    /** The buildings the grid holds after the plan, in walking order (empty for a grid closed). */
    public List<Long> getBuildingIds() {
        return buildingIds;
    }

    public void setBuildingIds(List<Long> buildingIds) {
        this.buildingIds = buildingIds == null ? new ArrayList<>() : buildingIds;
    }

    /**
     * The grid worker (网格员): for a grid kept or changed, its own; for a new grid, the worker of a
     * grid the plan closes and whose households it takes, or {@code null} where someone must be
     * assigned; for a grid closed, its worker until the plan, whose assignment ends when it applies.
     */
    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }
}
