package org.linli.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every refused sign-in and every lock lifted, so that they can be recorded; a whiteboard
 * service, such as the audit log's. A listener must not fail the sign-in it is told of.
 */
@ConsumerType
public interface SignInListener {
    String WRONG_CREDENTIALS = "wrong-credentials";
    String NOW_LOCKED = "now-locked";

    /**
     * A sign-in whose credentials were tried and found wrong. While an account or address is
     * locked its attempts are refused untried and not told: the failure that locked it was.
     *
     * @param user    the name given, as given
     * @param address where the attempt came from
     * @param reason  {@link #WRONG_CREDENTIALS}, or {@link #NOW_LOCKED} for the failure that
     *                locked the account or the address
     */
    void refused(String user, String address, String reason);

    /** A lock lifted by the current caller. */
    void lifted(String kind, String name);
}
