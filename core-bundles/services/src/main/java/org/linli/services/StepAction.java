package org.linli.services;

/** A step in a request's life. */
public enum StepAction {
    /** The request was registered: RECEIVED */
    RECEIVE,
    /** RECEIVED → ACCEPTED; the caller becomes the owner */
    ACCEPT,
    /** ACCEPTED → IN_PROGRESS, by the owner */
    START,
    /** ACCEPTED or IN_PROGRESS → COMPLETED, by the owner */
    COMPLETE,
    /** COMPLETED → NOTIFIED: how the resident was told */
    NOTIFY,
    /** NOTIFIED → CLOSED */
    CLOSE,
    /** RECEIVED or ACCEPTED → REJECTED, with a reason */
    REJECT;
}
