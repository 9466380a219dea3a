package org.linli.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.linli.database.Database;
import org.linli.database.DatabaseHealth;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * {@code /health}: UP (200) when the database answers and every Linli core bundle is active, DOWN
 * (503) otherwise, so that a load balancer and a district IT team read the same. What was found
 * (database product and schema, bundle states, plugin versions, the database's error) is shown
 * only to an administrator of the whole territory: to anyone else it maps the installation for an
 * attack. Policy plugins are listed with their state but do not decide: a plugin being installed
 * or removed, or one that fails to start, leaves the platform serving.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    static final String PLUGIN_HEADER = "Linli-Policy-Plugin";
    private final BundleContext context;
    private final Supplier<Database> database;

    HealthResource(BundleContext context, Supplier<Database> database) {
        this.context = context;
        this.database = database;
    }

    @GET
    public Response health() {
        Database db = database.get();
        DatabaseHealth dbHealth = db == null
                ? new DatabaseHealth(false, null, null, null, "the schema has not been migrated yet")
                : db.check();
        List<String> notActive = new ArrayList<>();
        Map<String, String> plugins = new TreeMap<>();
        int linliBundles = 0;
        for (Bundle bundle : context.getBundles()) {
            String plugin = bundle.getHeaders("").get(PLUGIN_HEADER);
            if (plugin != null) {
                plugins.put(plugin, bundle.getVersion() + " " + stateName(bundle.getState()));
            } else if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.linli.")) {
                linliBundles++;
                if (bundle.getState() != Bundle.ACTIVE) {
                    notActive.add(bundle.getSymbolicName() + " " + stateName(bundle.getState()));
                }
            }
        }
        boolean up = dbHealth.up() && notActive.isEmpty();
        Map<String, Object> bundles = new LinkedHashMap<>();
        bundles.put("linli", linliBundles);
        bundles.put("notActive", notActive);
        bundles.put("policyPlugins", plugins);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        Caller caller = CallerContext.current();
        if (caller.roles().contains(Role.ADMIN) && caller.everywhere()) {
            body.put("database", dbHealth);
            body.put("bundles", bundles);
        }
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "ACTIVE";
        };
    }
}
