package org.linli.organisations;

/** The outcome of a candidate's qualification review (资格审查). */
public enum Qualification {
    /** not reviewed yet */
    PENDING,
    /** passed the review */
    PASSED,
    /** did not pass; may not be elected */
    REJECTED;
}
