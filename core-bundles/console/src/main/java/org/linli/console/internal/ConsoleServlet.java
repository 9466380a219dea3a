package org.linli.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the console's pages at {@code /console}: the built files as they are, and the page
 * itself for every path the console's router knows, so that a link into the console opens it
 * where it points. The pages hold no data: everything they show comes from the REST door, which
 * asks for credentials first.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/console/*",
        "osgi.http.whiteboard.servlet.name=linli-console"})
public class ConsoleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ROOT = "console";
    /** A built file's name: letters, digits, '-', '_' and '.', in folders of the same, never "..". */
    private static final Pattern FILE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "html", "text/html; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "woff2", "font/woff2", "woff", "font/woff", "json", "application/json", "ttf", "font/ttf");
    /**
     * The page may load only its own scripts and styles and speak only to its own origin: a
     * script injected into it could neither load more nor send what it reads elsewhere. Element
     * Plus sets styles inline, hence 'unsafe-inline' for styles alone.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + "/console/");
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean file = name.contains(".");
        if (file && !FILE.matcher(path).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URL resource = ConsoleServlet.class.getClassLoader().getResource(ROOT + (file ? path : "/index.html"));
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = file ? name.substring(name.lastIndexOf('.') + 1) : "html";
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        // Built files carry a hash of their content in their name: a new build is a new name.
        response.setHeader("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = resource.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
