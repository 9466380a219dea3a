package org.linli.services;

/** How a service's time limit is counted. */
public enum LimitUnit {
    /** working days of the work calendar: weekends and holidays do not count, adjusted working weekends do */
    WORKING_DAYS,
    /** clock hours */
    HOURS;
}
