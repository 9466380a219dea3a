package org.linli.grids;

import io.swagger.v3.oas.annotations.media.Schema;

/** One grid of a report: its buildings and households against the bounds. */
public class GridLoad {
    private Long gridId;
    private String code;
    private String name;
    private int buildings;
    @Schema(description = "Households registered in the dwellings of the grid's buildings")
    private long households;
    private Bound bound;

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

    public int getBuildings() {
        return buildings;
    }

    public void setBuildings(int buildings) {
        this.buildings = buildings;
    }

    /** Households registered in the dwellings of the grid's buildings. */
    public long getHouseholds() {
        return households;
    }

    public void setHouseholds(long households) {
        this.households = households;
    }

    public Bound getBound() {
        return bound;
    }

    public void setBound(Bound bound) {
        this.bound = bound;
    }
}
