package org.linli.staff;

/** Where a community worker stands; changed only through a status change with a reason. */
public enum WorkerStatus {
    /** 在岗 */
    ACTIVE,
    /** 借调 */
    SECONDED,
    /** 辞职 */
    RESIGNED,
    /** 辞退 / 解聘 */
    DISMISSED;
}
