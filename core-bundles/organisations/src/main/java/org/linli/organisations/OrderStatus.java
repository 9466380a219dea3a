package org.linli.organisations;

/** Where a community's order of a listed service stands. */
public enum OrderStatus {
    /** 已点单 */
    ORDERED,
    /** 已提供 */
    DELIVERED,
    /** 已取消 */
    CANCELLED;
}
