package org.linli.population;

/** How a follow-up was made. */
public enum FollowUpMethod {
    /** 上门走访 */
    HOME_VISIT,
    /** 电话 */
    PHONE,
    /** 来访 / 约谈 */
    OFFICE,
    /** 其他 */
    OTHER;
}
