package org.linli.staff;

/** The grade an appraisal gives. */
public enum AppraisalResult {
    /** 优秀 */
    EXCELLENT,
    /** 称职 */
    COMPETENT,
    /** 基本称职 */
    BASICALLY_COMPETENT,
    /** 不称职 */
    INCOMPETENT;
}
