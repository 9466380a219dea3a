package org.linli.services;

/** What a calendar entry makes of its date. */
public enum DayKind {
    /** a public holiday: no working day even on a weekday */
    HOLIDAY,
    /** an adjusted working day (调休): a working day even on a weekend */
    WORKDAY;
}
