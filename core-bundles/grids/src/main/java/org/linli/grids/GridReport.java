package org.linli.grids;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/** What the grid validator finds in one community (网格核查). */
public class GridReport {
    private Long communityId;
    private String communityCode;
    private String communityName;
    private int minHouseholds;
    private int maxHouseholds;
    @Schema(description = "Households registered anywhere in the community")
    private long households;
    @Schema(description = "Households whose dwelling lies, through its building, in an open grid")
    private long householdsInGrids;
    private long householdsOutsideGrids;
    @Schema(description = "Always 0: every dwelling has one building and every building one grid")
    private long householdsInTwoGrids;
    @Schema(description = "Every grid within the bounds and no household outside a grid")
    private boolean withinBounds;
    private List<GridLoad> grids = new ArrayList<>();

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public String getCommunityName() {
        return communityName;
    }

    public void setCommunityName(String communityName) {
        this.communityName = communityName;
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

    /** Households registered anywhere in the community. */
    public long getHouseholds() {
        return households;
    }

    public void setHouseholds(long households) {
        this.households = households;
    }

    /** Households whose dwelling lies, through its building, in an open grid of the community. */
    public long getHouseholdsInGrids() {
        return householdsInGrids;
    }

    public void setHouseholdsInGrids(long householdsInGrids) {
        this.householdsInGrids = householdsInGrids;
    }

    /** Households of the community in no open grid: the difference of the two counts above. */
    public long getHouseholdsOutsideGrids() {
        return householdsOutsideGrids;
    }

    public void setHouseholdsOutsideGrids(long householdsOutsideGrids) {
        this.householdsOutsideGrids = householdsOutsideGrids;
    }

    /** Always 0 in Linli, where every dwelling has one building and every building one grid; reported so that a report reads the same as the rule it serves. */
    public long getHouseholdsInTwoGrids() {
        return householdsInTwoGrids;
    }

    public void setHouseholdsInTwoGrids(long householdsInTwoGrids) {
        this.householdsInTwoGrids = householdsInTwoGrids;
    }

    /** Every grid within the bounds and no household outside a grid. */
    public boolean isWithinBounds() {
        return withinBounds;
    }

    public void setWithinBounds(boolean withinBounds) {
        this.withinBounds = withinBounds;
    }

    public List<GridLoad> getGrids() {
        return grids;
    }

    public void setGrids(List<GridLoad> grids) {
        this.grids = grids == null ? new ArrayList<>() : grids;
    }
}
