package org.linli.security.cxf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.linli.security.Authenticator;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.TokenAuthenticator;

/**
 * Lets a request through only with valid HTTP Basic credentials or a valid API token, and makes
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

    /**
     * @param tokens                the token authenticator if one is installed now, or null; looked
     *                              up on every request because the bundle that provides it may come
     *                              and go
     * @param soapHeaderCredentials whether a POST without an Authorization header may still carry
     *                              a WS-Security UsernameToken, which {@link UsernameTokenInterceptor}
     *                              checks once the SOAP headers are read
     */
    public BasicAuthInterceptor(Authenticator authenticator, Supplier<TokenAuthenticator> tokens,
                                boolean soapHeaderCredentials) {
        super(Phase.RECEIVE);
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.soapHeaderCredentials = soapHeaderCredentials;
    }

    @Override
    public void handleMessage(Message message) {
        // Whatever an earlier request on this thread left behind is gone before anything runs.
        CallerContext.clear();
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String address = request == null ? null : request.getRemoteAddr();
        String authorization = request == null ? null : request.getHeader("Authorization");
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
        refuse(message, authorization == null ? "credentials are required (HTTP Basic or a Bearer API token)"
                : "the credentials are wrong or revoked");
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

    private static void refuse(Message message, String detail) {
        Refusal.send(message, 401, "Unauthorized", detail, "WWW-Authenticate", REALM);
    }
}
