package org.linli.security.cxf;

import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.linli.security.Authenticator;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Authenticates a SOAP request that came without an Authorization header by its WS-Security
 * UsernameToken ({@code wsse:Security/wsse:UsernameToken} with a {@code PasswordText} password,
 * meant for HTTPS). Linli keeps only password digests, so {@code PasswordDigest} tokens cannot be
 * checked and are refused. A request with neither gets 401.
 */
public class UsernameTokenInterceptor extends AbstractSoapInterceptor {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    private static final QName SECURITY = new QName(WSSE, "Security");

    private final Authenticator authenticator;

    public UsernameTokenInterceptor(Authenticator authenticator) {
        super(Phase.PRE_PROTOCOL);
        this.authenticator = authenticator;
    }

    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (CallerContext.isSet()) {
            return;
        }
        Header security = message.getHeader(SECURITY);
        Optional<Caller> caller = Optional.empty();
        if (security instanceof SoapHeader header && header.getObject() instanceof Element element) {
            Element token = child(element, "UsernameToken");
            Element user = token == null ? null : child(token, "Username");
            Element password = token == null ? null : child(token, "Password");
            String type = password == null ? null : password.getAttribute("Type");
            if (user != null && password != null && (type.isEmpty() || PASSWORD_TEXT.equals(type))) {
                HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
                caller = authenticator.authenticate(user.getTextContent().strip(), password.getTextContent(),
                        request == null ? null : request.getRemoteAddr());
            }
            // Understood: CXF must not fault on a mustUnderstand header Linli has handled.
            message.getHeaders().remove(header);
        }
        if (caller.isPresent()) {
            CallerContext.set(caller.get());
        } else {
            Refusal.send(message, 401, "Unauthorized",
                    "credentials are required (HTTP Basic, a Bearer API token, or a WS-Security UsernameToken)",
                    "WWW-Authenticate", "Basic realm=\"Linli\", charset=\"UTF-8\"");
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSSE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
