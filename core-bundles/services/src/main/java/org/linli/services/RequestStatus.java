package org.linli.services;

/** Where a request stands (首问负责-限时办结-办结告知). */
public enum RequestStatus {
    /** received, nobody has taken it yet */
    RECEIVED,
    /** taken by its owner, the first staff member who accepted it */
    ACCEPTED,
    /** being handled */
    IN_PROGRESS,
    /** handled (办结) */
    COMPLETED,
    /** the resident was told (办结告知) */
    NOTIFIED,
    /** closed */
    CLOSED,
    /** refused, with a reason */
    REJECTED;
}
