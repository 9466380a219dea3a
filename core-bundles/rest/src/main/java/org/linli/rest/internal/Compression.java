package org.linli.rest.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

/**
 * JSON answers gzipped for a client that accepts it: a page of residents or a kind's description
 * shrinks several times over, which counts on a district office's line.
 *
 * <p>Not the answers that carry a secret beside what the caller sent (the session's anti-forgery
 * token, an API token's secret, revealed personal data): a compressed answer's length can give a
 * secret away to one who can add text to it and watch its size (BREACH).
 */
@Provider
final class Compression implements WriterInterceptor {
    private static final Set<Class<?>> SECRET_BEARING = Set.of(SessionResource.class, TokenResource.class, RevealResource.class);

    @Context
    private HttpHeaders request;
    @Context
    private ResourceInfo resource;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!wanted(context)) {
            context.proceed();
            return;
        }
        context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        GZIPOutputStream gzip = new GZIPOutputStream(context.getOutputStream());
        context.setOutputStream(gzip);
        context.proceed();
        gzip.finish();
    }

    private boolean wanted(WriterInterceptorContext context) {
        return acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                && !context.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)
                && (resource.getResourceClass() == null || !SECRET_BEARING.contains(resource.getResourceClass()));
    }

    /** Whether an Accept-Encoding header accepts gzip: by name or {@code *}, with a weight above 0. */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String coding : header.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("*")) {
                double weight = 1;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip();
                    if (parameter.startsWith("q=")) {
                        try {
                            weight = Double.parseDouble(parameter.substring(2).strip());
                        } catch (NumberFormatException e) {
                            weight = 0;
                        }
                    }
                }
                return weight > 0;
            }
        }
        return false;
    }
}
