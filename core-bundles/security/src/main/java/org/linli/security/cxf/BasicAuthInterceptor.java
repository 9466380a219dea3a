package org.linli.security.cxf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.linli.security.Authenticator;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Sessions;
import org.linli.security.TokenAuthenticator;

/**
 * Lets a request through only with valid HTTP Basic credentials, a valid API token, or (on the
 * REST door) the cookie of an open console session whose writes repeat its anti-forgery token,
 * and makes
 * the authenticated caller the {@link CallerContext} of the request. It runs in the first phase, so that nothing
 * of an endpoint, not even its WSDL or OpenAPI document, answers an anonymous caller; a refused
 * request gets 401 with a problem-details body and never reaches the service. Doors install it
 * with {@link DoorGuard}.
 */
public class BasicAuthInterceptor extends AbstractPhaseInterceptor<Message> {
    /** As much of an unauthenticated SOAP body as is read to look for a UsernameToken. */
    private static final int SOAP_PEEK_LIMIT = (int) DoorGuard.MAX_BODY_BYTES;
    private static final String REALM = "Basic realm=\"Linli\", charset=\"UTF-8\"";

    private final Authenticator authenticator;
    private final Supplier<TokenAuthenticator> tokens;
    private final boolean soapHeaderCredentials;
    private final Supplier<Sessions> sessions;

    /**
     * @param tokens                the token authenticator if one is installed now, or null; looked
     *                              up on every request because the bundle that provides it may come
     *                              and go
     * @param soapHeaderCredentials whether a POST without an Authorization header may still carry
     *                              a WS-Security UsernameToken, which {@link UsernameTokenInterceptor}
     *                              checks once the SOAP headers are read
     * @param sessions              the console's sessions, or a supplier of null where a door takes no
     *                              session cookie
     */
    public BasicAuthInterceptor(Authenticator authenticator, Supplier<TokenAuthenticator> tokens,
                                boolean soapHeaderCredentials, Supplier<Sessions> sessions) {
        super(Phase.RECEIVE);
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.soapHeaderCredentials = soapHeaderCredentials;
        this.sessions = sessions;
    }

    @Override
    public void handleMessage(Message message) {
        // Whatever an earlier request on this thread left behind is gone before anything runs.
        CallerContext.clear();
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String address = request == null ? null : request.getRemoteAddr();
        String authorization = request == null ? null : request.getHeader("Authorization");
        String cookie = authorization == null ? sessionCookie(request) : null;
        if (cookie != null && sessions.get() != null) {
            resume(message, request, sessions.get(), cookie, address);
            return;
        }
        Optional<Caller> caller;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            TokenAuthenticator tokenAuthenticator = tokens.get();
            caller = tokenAuthenticator == null ? Optional.empty()
                    : tokenAuthenticator.authenticate(authorization.substring(7).strip(), address);
        } else {
            caller = policy == null || policy.getUserName() == null || policy.getPassword() == null
                    ? Optional.empty()
                    : authenticator.authenticate(policy.getUserName(), policy.getPassword(), address);
        }
        if (caller.isPresent()) {
            CallerContext.set(caller.get());
            return;
        }
        if (soapHeaderCredentials && authorization == null && request != null && "POST".equals(request.getMethod())
                && mayCarryUsernameToken(message)) {
            return;
        }
        refuse(message, request, authorization == null ? "credentials are required (HTTP Basic or a Bearer API token)"
                : "the credentials are wrong or revoked");
    }

    /**
     * Lets a request with a session cookie through as the session's caller: a read while the
     * session is open, a write only when it repeats the session's anti-forgery token, which a
     * page of another site cannot read. An ended session is refused and its cookie cleared.
     */
    private static void resume(Message message, HttpServletRequest request, Sessions sessions, String cookie, String address) {
        Optional<Sessions.Session> session = sessions.resume(cookie);
        if (session.isEmpty()) {
            Refusal.send(message, 401, "Unauthorized", "the session has ended; sign in again", "Set-Cookie",
                    Sessions.COOKIE + "=; Path=/api; Max-Age=0; HttpOnly; SameSite=Strict");
            return;
        }
        if (!CrossSiteGuard.SAFE.contains(request.getMethod()) && !sameToken(request.getHeader(Sessions.CSRF_HEADER), session.get().csrf())) {
            Refusal.send(message, 403, "Forbidden", "a change made with a session must repeat its token in " + Sessions.CSRF_HEADER,
                    null, null);
            return;
        }
        CallerContext.set(session.get().caller().at(address));
    }

    private static String sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Sessions.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Compares in a time that does not tell how much of a guess was right. */
    private static boolean sameToken(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the body mentions a UsernameToken at all; if not, it is refused here rather than
     * parsed for a header that is not there. The body is read once, within the body limit, and
     * handed on unchanged.
     */
    private static boolean mayCarryUsernameToken(Message message) {
        InputStream in = message.getContent(InputStream.class);
        if (in == null) {
            return false;
        }
        try {
            byte[] body = in.readNBytes(SOAP_PEEK_LIMIT + 1);
            message.setContent(InputStream.class, new SequenceInputStream(new ByteArrayInputStream(body), in));
            return body.length <= SOAP_PEEK_LIMIT && new String(body, StandardCharsets.ISO_8859_1).contains("UsernameToken");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses with 401. A script of a page (the console's, which says so with
     * {@code X-Requested-With}) gets no Basic challenge, which would make the browser ask for a
     * password in a dialog of its own.
     */
    private static void refuse(Message message, HttpServletRequest request, String detail) {
        boolean script = request != null && "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
        Refusal.send(message, 401, "Unauthorized", detail, script ? null : "WWW-Authenticate", script ? null : REALM);
    }
}
