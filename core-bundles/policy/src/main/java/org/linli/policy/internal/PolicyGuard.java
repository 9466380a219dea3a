package org.linli.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.RecordHook;
import org.linli.records.RecordGuard;
import org.linli.records.RecordWrite;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings the workflow hooks of the governing plugin into every core register's writes: a write in
 * a community bound to Beijing's rules meets Beijing's hooks, one in Songjiang meets Songjiang's.
 * Writes of kinds no installed hook reviews cost one look at a set the registry keeps ready.
 */
@Component(service = RecordGuard.class)
public class PolicyGuard implements RecordGuard {
    private final RuleRegistry registry;
    private final PolicyConfig config;
    private final CoreRegisters core;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public PolicyGuard(@Reference RuleRegistry registry, @Reference PolicyConfig config, @Reference CoreRegisters core) {
        this.registry = registry;
        this.config = config;
        this.core = core;
    }

    @Override
    public void complete(RecordWrite<?> write) {
        ask(write, true);
    }

    @Override
    public void review(RecordWrite<?> write) {
        ask(write, false);
    }

    private void ask(RecordWrite<?> write, boolean completing) {
        if (!registry.hooks(write.record()) || write.nodeId() == null) {
            return;
        }
        Jurisdiction jurisdiction = new Jurisdiction(core.territory);
        TerritoryNode node = jurisdiction.get(write.nodeId());
        List<String> codes = jurisdiction.codes(node);
        String plugin = Jurisdiction.governing(codes, config.bindings());
        if (plugin == null) {
            return;
        }
        List<RuleRegistry.Installed> rules = registry.rules(plugin);
        if (!hooked(rules, write.record())) {
            return;
        }
        // The facts of the community the record lies in (or of the node, when it lies above one).
        TerritoryNode community = jurisdiction.line(node).stream()
                .filter(above -> above.getLevel() == TerritoryLevel.COMMUNITY).findFirst().orElse(node);
        CommunityFacts facts = new ServiceFacts(core, community, LocalDate.now(clock));
        Map<String, String> configured = config.parameters(plugin);
        for (RuleRegistry.Installed installed : rules) {
            for (RecordHook<?> hook : installed.rule().hooks()) {
                if (hook.recordClass().isInstance(write.record())) {
                    ask(hook, write.citing(installed.rule().id() + " (" + plugin + " " + installed.version() + ")"), facts,
                            new ResolvedParameters(plugin, installed.rule(), configured, codes), completing);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void ask(RecordHook<T> hook, RecordWrite<?> write, CommunityFacts facts, ResolvedParameters parameters,
                                boolean completing) {
        if (completing) {
            hook.complete((RecordWrite<T>) write, facts, parameters);
        } else {
            hook.review((RecordWrite<T>) write, facts, parameters);
        }
    }

    private static boolean hooked(List<RuleRegistry.Installed> rules, Object record) {
        for (RuleRegistry.Installed installed : rules) {
            for (RecordHook<?> hook : installed.rule().hooks()) {
                if (hook.recordClass().isInstance(record)) {
                    return true;
                }
            }
        }
        return false;
    }
}
