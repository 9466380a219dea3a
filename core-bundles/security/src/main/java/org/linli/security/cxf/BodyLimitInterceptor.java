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
    /** How much of a refused body is read and thrown away before answering. */
    static final long DRAIN_LIMIT = 16L << 20;

    private final long bodyBytes;
    private final String uploads;
    private final long uploadBytes;

    public BodyLimitInterceptor(long maxBytes) {
        this(maxBytes, null, maxBytes);
    }

    /** Bodies of at most {@code maxBytes}, but files {@code PUT} under the path {@code uploads} of at most {@code uploadBytes}. */
    public BodyLimitInterceptor(long maxBytes, String uploads, long uploadBytes) {
        super(Phase.RECEIVE);
        this.bodyBytes = maxBytes;
        this.uploads = uploads;
        this.uploadBytes = uploadBytes;
    }

    @Override
    public void handleMessage(Message message) {
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        long maxBytes = uploads != null && request != null && "PUT".equals(request.getMethod())
                && request.getRequestURI() != null && request.getRequestURI().startsWith(uploads) ? uploadBytes : bodyBytes;
        if (request != null && request.getContentLengthLong() > maxBytes) {
            drain(message.getContent(InputStream.class));
            Refusal.send(message, 413, "Payload Too Large", "the request body may have at most " + maxBytes + " bytes", null, null);
            return;
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Bounded(in, maxBytes));
        }
    }

    /**
     * Reads and forgets what the client is still sending (at most {@link #DRAIN_LIMIT} bytes), so
     * that it reads the 413 instead of failing on a connection closed under its upload.
     */
    private static void drain(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // The client gave up first; nothing to answer then.
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
