package org.linli.security.cxf;

import java.util.function.Supplier;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.linli.security.Authenticator;
import org.linli.security.Sessions;
import org.linli.security.TokenAuthenticator;

/**
 * Puts Linli's guard on a CXF endpoint in one call, so that every door refuses cross-site
 * writes, authenticates, limits bodies and forgets its caller the same way: a REST door accepts
 * HTTP Basic, API tokens and the console's session cookie, a SOAP door a WS-Security
 * UsernameToken beside Basic and tokens.
 */
public final class DoorGuard {
    /** The largest request body a door reads: a household with all its members fits many times over. */
    public static final long MAX_BODY_BYTES = 1 << 20;
    /** The largest file an import reads: a city's million residents take about 100 MB. */
    public static final long MAX_UPLOAD_BYTES = 4L << 30;

    private DoorGuard() {
    }

    /**
     * @param sessions the console's sessions, looked up on every request: the REST door takes their cookie
     * @param uploads  the path under which files are {@code PUT}, up to {@link #MAX_UPLOAD_BYTES}
     */
    public static void rest(InterceptorProvider door, Authenticator authenticator, Supplier<TokenAuthenticator> tokens,
                            Supplier<Sessions> sessions, String uploads) {
        install(door, new BasicAuthInterceptor(authenticator, tokens, false, sessions),
                new BodyLimitInterceptor(MAX_BODY_BYTES, uploads, MAX_UPLOAD_BYTES));
    }

    public static void soap(InterceptorProvider door, Authenticator authenticator, Supplier<TokenAuthenticator> tokens) {
        install(door, new BasicAuthInterceptor(authenticator, tokens, true, () -> null), new BodyLimitInterceptor(MAX_BODY_BYTES));
        door.getInInterceptors().add(new UsernameTokenInterceptor(authenticator));
    }

    private static void install(InterceptorProvider door, BasicAuthInterceptor authentication, BodyLimitInterceptor limit) {
        door.getInInterceptors().add(new CrossSiteGuard());
        door.getInInterceptors().add(authentication);
        door.getInInterceptors().add(limit);
        door.getOutInterceptors().add(new CallerCleanup());
        door.getOutFaultInterceptors().add(new CallerCleanup());
    }
}
