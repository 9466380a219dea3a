package org.linli.grids;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A plan to split or merge the grids of one community (网格调整方案), stored when proposed. */
public class GridPlan {
    private Long id;
    private Long communityId;
    private int minHouseholds;
    private int maxHouseholds;
    private PlanStatus status;
    @Schema(description = "Every grid after the plan within the bounds; false when buildings cannot be grouped so")
    private boolean withinBounds;
    private int buildingsMoved;
    private String proposedBy;
    private LocalDateTime proposedAt;
    private String appliedBy;
    private LocalDateTime appliedAt;
    private List<PlannedGrid> grids = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public int getMinHouseholds() {
        return minHouseholds;
    }

    public void setMinHouseholds(int minHouseholds) {
        this.minHouseholds = minHouseholds;
    }

    public int getMaxHouseholds() {
        return maxHouseholds;
    }

    public void setMaxHouseholds(int maxHouseholds) {
        this.maxHouseholds = maxHouseholds;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    /** Every grid after the plan within the bounds; false when the buildings cannot be grouped so (a building alone above the maximum, a community below the minimum). */
    public boolean isWithinBounds() {
        return withinBounds;
    }

    public void setWithinBounds(boolean withinBounds) {
        this.withinBounds = withinBounds;
    }

    /** Buildings that change grid. */
    public int getBuildingsMoved() {
        return buildingsMoved;
    }

    public void setBuildingsMoved(int buildingsMoved) {
        this.buildingsMoved = buildingsMoved;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public void setProposedBy(String proposedBy) {
        this.proposedBy = proposedBy;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public void setProposedAt(LocalDateTime proposedAt) {
        this.proposedAt = proposedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public void setAppliedBy(String appliedBy) {
        this.appliedBy = appliedBy;
    }

    public LocalDateTime getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(LocalDateTime appliedAt) {
        this.appliedAt = appliedAt;
    }

    /** Every grid after the plan, then the grids it closes. */
    public List<PlannedGrid> getGrids() {
        return grids;
    }

    public void setGrids(List<PlannedGrid> grids) {
        this.grids = grids == null ? new ArrayList<>() : grids;
    }
}
