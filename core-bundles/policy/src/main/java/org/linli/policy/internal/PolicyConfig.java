package org.linli.policy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Bindings and parameters as the files under {@code etc/} hold them, read afresh on every use:
 * Karaf watches those files, so an edit applies to the next evaluation without a restart.
 * <ul>
 * <li>{@code etc/org.linli.policy.bindings.cfg}: {@code <territory code> = <plugin>}.</li>
 * <li>{@code etc/org.linli.policy.<plugin>.cfg}: {@code <rule>.<parameter> = value}, and
 * {@code <rule>.<parameter>@<territory code> = value} for a node and everything under it.</li>
 * </ul>
 */
@Component(service = PolicyConfig.class)
public class PolicyConfig {
    static final String BINDINGS = "org.linli.policy.bindings";
    static final String PARAMETERS_PREFIX = "org.linli.policy.";

    private final ConfigurationAdmin configs;

    @Activate
    public PolicyConfig(@Reference ConfigurationAdmin configs) {
        this.configs = configs;
    }

    /** Territory code to plugin ID. */
    Map<String, String> bindings() {
        return properties(BINDINGS);
    }

    /** The configured parameter values of {@code plugin}, by key. */
    Map<String, String> parameters(String plugin) {
        return properties(PARAMETERS_PREFIX + plugin);
    }

    /** Sets or removes ({@code plugin == null}) the binding of {@code code}, through the bindings file. */
    void bind(String code, String plugin) {
        put(BINDINGS, code, plugin);
    }

    /** Sets or removes ({@code value == null}) the parameter {@code key} of {@code plugin}, through its file. */
    void parameter(String plugin, String key, String value) {
        put(PARAMETERS_PREFIX + plugin, key, value);
    }

    private synchronized void put(String pid, String key, String value) {
        try {
            Configuration config = existing(pid);
            if (config == null) {
                config = configs.getConfiguration(pid, "?");
            }
            Dictionary<String, Object> properties = config.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            if (value == null) {
                properties.remove(key);
            } else {
                properties.put(key, value);
            }
            config.update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> properties(String pid) {
        Configuration config = existing(pid);
        Dictionary<String, Object> properties = config == null ? null : config.getProperties();
        if (properties == null) {
            return Collections.emptyMap();
        }
        Map<String, String> values = new TreeMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            if (!key.startsWith("service.") && !key.startsWith("felix.") && !key.startsWith("component.")) {
                values.put(key, String.valueOf(properties.get(key)).strip());
            }
        }
        return values;
    }

    private Configuration existing(String pid) {
        try {
            Configuration[] found = configs.listConfigurations("(service.pid=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
