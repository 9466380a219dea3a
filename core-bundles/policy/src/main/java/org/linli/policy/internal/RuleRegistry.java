package org.linli.policy.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.linli.policy.spi.Rule;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules running now (whiteboard): a plugin's rules appear as its bundle starts and are gone
 * when it stops, so an evaluation sees exactly the plugins installed at that moment.
 */
@Component(service = RuleRegistry.class)
public class RuleRegistry {
    static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

    /** A rule as installed: the plugin it belongs to and the version of the bundle that brought it. */
    record Installed(String plugin, String version, String bundle, Rule rule) {
    }

    private final Map<ServiceReference<?>, Installed> rules = new ConcurrentHashMap<>();
    /** The record classes some installed rule hooks into: every register write asks, so it is kept ready. */
    private volatile Set<Class<?>> hooked = Set.of();

    @Reference(service = Rule.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRule(ServiceReference<Rule> reference, Rule rule) {
        Object plugin = reference.getProperty(Rule.PLUGIN);
        String id = rule.id();
        if (!(plugin instanceof String name) || !PLUGIN_ID.matcher(name).matches()) {
            LOG.warn("Rule {} from bundle {} has no valid {} property; it is not used", id,
                    reference.getBundle().getSymbolicName(), Rule.PLUGIN);
            return;
        }
        if (rules(name).stream().anyMatch(installed -> installed.rule().id().equals(id))) {
            LOG.warn("Plugin {} registers rule {} twice; the second is not used", name, id);
            return;
        }
        rules.put(reference, new Installed(name, reference.getBundle().getVersion().toString(),
                reference.getBundle().getSymbolicName(), rule));
        hooked = hookedClasses();
        LOG.info("Policy rule {} of plugin {} installed", id, name);
    }

    void removeRule(ServiceReference<Rule> reference) {
        Installed gone = rules.remove(reference);
        hooked = hookedClasses();
        if (gone != null) {
            LOG.info("Policy rule {} of plugin {} removed", gone.rule().id(), gone.plugin());
        }
    }

    /** The rules of {@code plugin} (every plugin's when {@code null}), by plugin and rule ID. */
    List<Installed> rules(String plugin) {
        return rules.values().stream()
                .filter(installed -> plugin == null || installed.plugin().equals(plugin))
                .sorted(Comparator.comparing(Installed::plugin).thenComparing(installed -> installed.rule().id(), RuleRegistry::byNumber))
                .toList();
    }

    /** The plugins running now, by ID. */
    List<String> plugins() {
        return List.copyOf(new TreeSet<>(rules.values().stream().map(Installed::plugin).toList()));
    }

    Optional<String> version(String plugin) {
        return rules(plugin).stream().map(Installed::version).findFirst();
    }

    /** Whether any installed rule hooks into writes of {@code record}'s kind. */
    boolean hooks(Object record) {
        for (Class<?> kind : hooked) {
            if (kind.isInstance(record)) {
                return true;
            }
        }
        return false;
    }

    private Set<Class<?>> hookedClasses() {
        Set<Class<?>> kinds = new HashSet<>();
        rules.values().forEach(installed -> installed.rule().hooks().forEach(hook -> kinds.add(hook.recordClass())));
        return Set.copyOf(kinds);
    }

    /** BJ-2 before BJ-10: IDs compare by prefix, then by number. */
    static int byNumber(String a, String b) {
        String[] x = a.split("-", 2);
        String[] y = b.split("-", 2);
        int prefix = x[0].compareTo(y[0]);
        if (prefix != 0 || x.length < 2 || y.length < 2) {
            return prefix != 0 ? prefix : a.compareTo(b);
        }
        try {
            return Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
