package org.linli.security.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.security.Jurisdictions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * Jurisdictions from {@code etc/org.linli.security.jurisdictions.cfg}: one line per user,
 * {@code <user> = <node code>[, <node code>…]}. Without the file nobody sees any data.
 */
@Component(configurationPid = "org.linli.security.jurisdictions", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ConfiguredJurisdictions implements Jurisdictions {
    private volatile Map<String, Set<String>> byUser = Map.of();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        byUser = properties.entrySet().stream()
                .filter(e -> !e.getKey().contains(".") && e.getValue() instanceof String)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Arrays.stream(((String) e.getValue()).split(","))
                        .map(String::strip).filter(code -> !code.isEmpty()).collect(Collectors.toUnmodifiableSet())));
    }

    @Override
    public Set<String> of(String user) {
        return byUser.getOrDefault(user, Set.of());
    }
}
