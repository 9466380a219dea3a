package org.linli.staff;

/** A responsibility in the grid (网格) and its chain of cover (三包). */
public enum AssignmentRole {
    /** covers the whole community (社区书记, 社区民警 包全局); on a community node */
    COMMUNITY_LEAD,
    /** a community cadre covering an area (社区干部包区域); on a grid node */
    AREA_CADRE,
    /** 网格长 / 网格具体负责人; on a grid node */
    GRID_LEAD,
    /** 网格员; on a grid node */
    GRID_WORKER,
    /** 网格协管员 covering a building and its households (包楼栋、住户); on a building node */
    BUILDING_COORDINATOR;
}
