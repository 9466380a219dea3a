package org.linli.services;

/** How a request reached the community. */
public enum Channel {
    /** at the service counter (窗口) */
    COUNTER,
    /** by phone */
    PHONE,
    /** online: app, website, mini-program */
    ONLINE,
    /** found on a grid patrol (网格巡查) */
    GRID_PATROL;
}
