package org.linli.security;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The web console's sessions (会话): a browser that signed in with its user's password holds a
 * cookie naming a session kept here, with the caller it stands for. A session ends when its user
 * signs out, when it has been idle longer than its time-out, or at the end of its lifetime, and
 * every write made with it must repeat its anti-forgery token in {@link #CSRF_HEADER}.
 */
@ProviderType
public interface Sessions {
    /** The cookie that names a session: HttpOnly, SameSite=Strict, Secure on HTTPS. */
    String COOKIE = "LINLI_SESSION";
    /** The header a write made with a session repeats the session's anti-forgery token in. */
    String CSRF_HEADER = "X-CSRF-Token";

    /** Opens a session for {@code caller}, who has just proved who they are. */
    Session open(Caller caller);

    /** The session {@code id} names, if it is still open; using it restarts its idle time. */
    Optional<Session> resume(String id);

    /** Ends the session {@code id} names, if any. */
    void close(String id);

    /**
     * An open session.
     *
     * @param id          what the cookie holds: 256 random bits, never logged
     * @param csrf        the anti-forgery token the console repeats on every write
     * @param idleTimeout how long the session may go unused
     */
    record Session(String id, String csrf, Caller caller, Duration idleTimeout) {
    }
}
