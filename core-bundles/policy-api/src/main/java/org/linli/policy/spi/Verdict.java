package org.linli.policy.spi;

/** A rule's verdict on one subject. */
public enum Verdict {
    PASS,
    FAIL,
    /** the rule does not apply to this subject (no owners' committee to cross-serve on, …) */
    NOT_APPLICABLE,
    /** what the rule needs is not recorded, so no verdict can be given */
    MISSING_DATA,
    /** an indicator's figures, which carry no verdict of their own */
    REPORTED
}
