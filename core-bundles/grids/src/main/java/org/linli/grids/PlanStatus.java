package org.linli.grids;

public enum PlanStatus {
    /** stored, nothing changed yet */
    PROPOSED,
    /** the territory and the grid workers were changed as planned */
    APPLIED,
    /** a newer plan was proposed for the same community */
    STALE
}
