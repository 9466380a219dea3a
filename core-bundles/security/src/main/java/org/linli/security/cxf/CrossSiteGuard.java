package org.linli.security.cxf;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * Refuses a request that changes something when a browser says it comes from another site: a
 * page elsewhere could otherwise post a form (an Open311 request, say) with the Basic credentials
 * the browser holds for Linli. Browsers name the page's origin in {@code Origin} on every
 * cross-origin POST, PUT and DELETE, and mark it {@code Sec-Fetch-Site: cross-site}; integrators'
 * programs send neither and pass. It runs before authentication, so such a request does not even
 * try a password.
 */
class CrossSiteGuard extends AbstractPhaseInterceptor<Message> {
    /** The methods that change nothing: what a browser may send from any page, and a session without its token. */
    static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    CrossSiteGuard() {
        super(Phase.RECEIVE);
        addBefore(BasicAuthInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (request == null || SAFE.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        boolean foreignOrigin = origin != null && !origin.equalsIgnoreCase(request.getScheme() + "://" + host);
        if (foreignOrigin || "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            Refusal.send(message, 403, "Forbidden", "a request from another site's page may not change anything here", null, null);
        }
    }
}
