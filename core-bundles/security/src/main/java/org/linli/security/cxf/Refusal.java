package org.linli.security.cxf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/** Answers a request with a problem-details body before it reaches any endpoint, and stops it. */
final class Refusal {
    private Refusal() {
    }

    /** Writes the answer and aborts the interceptor chain; {@code header} may be null. */
    static void send(Message message, int status, String title, String detail, String header, String value) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        message.getInterceptorChain().abort();
        if (response == null) {
            return;
        }
        try {
            response.setStatus(status);
            if (header != null) {
                response.setHeader(header, value);
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            // The caller went away; there is no one left to tell.
        }
    }
}
