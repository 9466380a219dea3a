package org.linli.staff;

/** A day's attendance. */
public enum AttendanceStatus {
    /** 出勤 */
    PRESENT,
    /** 缺勤 */
    ABSENT,
    /** 请假 */
    LEAVE,
    /** 出差 / 外出公务 */
    BUSINESS_TRIP;
}
