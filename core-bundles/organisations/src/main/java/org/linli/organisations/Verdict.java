package org.linli.organisations;

/** What an inspection concludes. */
public enum Verdict {
    /** 合格 / 通过 */
    PASSED,
    /** 限期整改: to be rectified by a deadline */
    RECTIFY,
    /** 不合格 / 未通过 */
    FAILED;
}
