package org.linli.security.cxf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * Refuses request bodies larger than a limit: at once with 413 when the declared length is too
 * large, and by failing the read when an undeclared (chunked) body grows past it.
 */
public class BodyLimitInterceptor extends AbstractPhaseInterceptor<Message> {
    private final long maxBytes;

    public BodyLimitInterceptor(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (request != null && request.getContentLengthLong() > maxBytes) {
            Refusal.send(message, 413, "Payload Too Large", "the request body may have at most " + maxBytes + " bytes", null, null);
            return;
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Bounded(in, maxBytes));
        }
    }

    /** Thrown while reading a body that has grown past the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("the request body may have at most " + maxBytes + " bytes");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long maxBytes;
        private long read;

        Bounded(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
        }
    }
}
