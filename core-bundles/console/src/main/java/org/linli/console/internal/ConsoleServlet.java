package org.linli.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServlet.class);
    /** {@code etc/org.linli.console.cfg}. */
    static final String PID = "org.linli.console";

    /** The tile address in force, or empty; the page learns it from a meta element, and may load images from its origin alone. */
    private volatile String tiles = "";
    private volatile String policy = POLICY;
    private transient ServiceRegistration<ManagedService> settings;

    /**
     * Reads the settings as a managed service of its own rather than as the component's
     * configuration: a changed or deleted file then never takes the pages away while the servlet
     * is registered again.
     */
    @Activate
    void activate(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_PID, PID);
        settings = context.registerService(ManagedService.class, this::configure, properties);
    }

    @Deactivate
    void deactivate() {
        settings.unregister();
    }

    /** Applies {@code etc/org.linli.console.cfg}; none at all is the defaults. */
    void configure(Dictionary<String, ?> properties) {
        Object value = properties == null ? null : properties.get("tiles");
        String template = value == null ? "" : value.toString().strip();
        String origin = template.isEmpty() ? "" : tileOrigin(template);
        if (origin == null) {
            LOG.warn("{} tiles = '{}' is not an http(s) address with {{z}}, {{x}} and {{y}}; the grid picture has no tiles", PID, template);
            template = "";
        }
        tiles = template;
        policy = template.isEmpty() ? POLICY : POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }

    /** The origin of a usable tile address, or null. */
    static String tileOrigin(String template) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}") || template.matches(".*[\\s\"'<>;].*")) {
            return null;
        }
        try {
            URI uri = new URI(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null ? uri.getScheme() + "://" + uri.getRawAuthority() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
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
        response.setHeader("Content-Security-Policy", policy);
        // Built files carry a hash of their content in their name: a new build is a new name.
        response.setHeader("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = resource.openStream()) {
            if (!file && !tiles.isEmpty()) {
                String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                response.getOutputStream().write(page.replace("<head>", "<head><meta name=\"linli-tiles\" content=\"" + tiles.replace("&", "&amp;") + "\">")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
