package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Doc(tag = "Platform")
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

    /** The answer: the status for everyone, what was found for an administrator of the whole territory. */
    public record Health(
            @Schema(allowableValues = {"UP", "DOWN"}) String status,
            @Schema(description = "Product, version, schema version and any error; only for an administrator of the whole territory")
            DatabaseHealth database,
            @Schema(description = "Linli bundles not active and policy plugins with their versions; only for an administrator of the "
                    + "whole territory")
            Map<String, Object> bundles) {
    }

    @GET
    @Doc(id = "health", summary = "UP or DOWN; the database and bundle state for an administrator of the whole territory",
            returns = Health.class, answer = "UP; DOWN with 503", alsoAnswers = 503)
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
        Caller caller = CallerContext.current();
        boolean administrator = caller.roles().contains(Role.ADMIN) && caller.everywhere();
        Health body = new Health(up ? "UP" : "DOWN", administrator ? dbHealth : null, administrator ? bundles : null);
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
