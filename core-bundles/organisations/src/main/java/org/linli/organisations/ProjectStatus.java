package org.linli.organisations;

/** Where a venture project stands: proposed, decided by the contest, funded, completed. */
public enum ProjectStatus {
    /** 已申报 */
    PROPOSED,
    /** 入选 */
    SELECTED,
    /** 未入选 */
    NOT_SELECTED,
    /** 已资助: the grant is made and the project is under way */
    FUNDED,
    /** 已结项 */
    COMPLETED;
}
