package org.linli.security;

import java.util.function.Supplier;
import org.linli.common.ForbiddenException;

/**
 * The caller of the service call running on this thread. Doors set it once a request is
 * authenticated and clear it when the request ends; services read it. A service called with no
 * caller refuses: nothing in Linli runs anonymously.
 */
public final class CallerContext {
    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    /** The current caller; {@link ForbiddenException} if there is none. */
    public static Caller current() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new ForbiddenException("call Linli without being authenticated");
        }
        return caller;
    }

    /** Whether a caller is set on this thread. */
    public static boolean isSet() {
        return CURRENT.get() != null;
    }

    /** The current caller after checking that it may do {@code permission}. */
    public static Caller require(Permission permission) {
        return current().require(permission);
    }

    /** Runs {@code work} as {@code caller}, restoring whoever was calling before. */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** For doors: the request on this thread is now made by {@code caller}. */
    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    /** For doors: the request on this thread has ended. */
    public static void clear() {
        CURRENT.remove();
    }
}
