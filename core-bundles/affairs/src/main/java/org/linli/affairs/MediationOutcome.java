package org.linli.affairs;

/** How a mediation case ended. */
public enum MediationOutcome {
    /** still being mediated */
    PENDING,
    /** 调解成功: an agreement settles the dispute */
    AGREED,
    /** part of the dispute settled by agreement */
    PARTIAL,
    /** 调解不成 */
    FAILED,
    /** referred elsewhere: court, arbitration, a department */
    REFERRED;
}
