package org.linli.policy.spi;

/** What a rule does. */
public enum RuleKind {
    /** evaluated against stored data: pass, fail, not applicable or missing data */
    CHECK,
    /** a figure computed from stored data for a period, shown on reports */
    INDICATOR,
    /** changes how a core process runs: deadlines, required steps, refusals */
    WORKFLOW
}
