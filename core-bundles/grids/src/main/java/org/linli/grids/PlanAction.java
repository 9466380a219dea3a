package org.linli.grids;

/** What a plan does with one grid. */
public enum PlanAction {
    /** the grid stays as it is */
    KEEP,
    /** the grid stays, with buildings moved in or out */
    CHANGE,
    /** a new grid */
    CREATE,
    /** the grid's buildings all go to other grids; it is closed */
    CLOSE
}
