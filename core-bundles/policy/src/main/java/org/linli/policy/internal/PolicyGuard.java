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
 * Writes of kinds no installed hook reviews cost one look at a set the registry keeps ready. A
 * register about to refuse a step by a restriction of its own asks the same hooks whether the
 * governing plugin lifts it (DY-08: any counter accepts any catalogued service).
 */
@Component(service = RecordGuard.class)
public class PolicyGuard implements RecordGuard {
    private final RuleRegistry registry;
    private final PolicyConfig config;
    private final CoreRegisters core;
    private final Clock clock;

    @Activate
    public PolicyGuard(@Reference RuleRegistry registry, @Reference PolicyConfig config, @Reference CoreRegisters core,
                       @Reference Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.config = config;
        this.core = core;
    }

    @Override
    public void complete(RecordWrite<?> write) {
        each(write, (hook, cited, facts, parameters) -> {
            complete(hook, cited, facts, parameters);
            return false;
        });
    }

    @Override
    public void review(RecordWrite<?> write) {
        each(write, (hook, cited, facts, parameters) -> {
            review(hook, cited, facts, parameters);
            return false;
        });
    }

    /** A restriction of the register is lifted where a hook of the governing plugin lifts it (DY-08). */
    @Override
    public boolean lifts(RecordWrite<?> write, String restriction) {
        return each(write, (hook, cited, facts, parameters) -> lifts(hook, cited, restriction, facts, parameters));
    }

    /** One hook asked about one write; {@code true} ends the round. */
    private interface Question {
        boolean ask(RecordHook<?> hook, RecordWrite<?> write, CommunityFacts facts, ResolvedParameters parameters);
    }

    /** Asks every hook of the governing plugin for the write's kind, until one answers {@code true}. */
    private boolean each(RecordWrite<?> write, Question question) {
        if (!registry.hooks(write.record()) || write.nodeId() == null) {
            return false;
        }
        Jurisdiction jurisdiction = new Jurisdiction(core.territory);
        TerritoryNode node = jurisdiction.get(write.nodeId());
        List<String> codes = jurisdiction.codes(node);
        String plugin = Jurisdiction.governing(codes, config.bindings());
        if (plugin == null) {
            return false;
        }
        List<RuleRegistry.Installed> rules = registry.rules(plugin);
        if (!hooked(rules, write.record())) {
            return false;
        }
        // The facts of the community the record lies in (or of the node, when it lies above one).
        TerritoryNode community = jurisdiction.line(node).stream()
                .filter(above -> above.getLevel() == TerritoryLevel.COMMUNITY).findFirst().orElse(node);
        CommunityFacts facts = new ServiceFacts(core, community, LocalDate.now(clock));
        Map<String, String> configured = config.parameters(plugin);
        for (RuleRegistry.Installed installed : rules) {
            for (RecordHook<?> hook : installed.rule().hooks()) {
                if (hook.recordClass().isInstance(write.record())
                        && question.ask(hook, write.citing(installed.rule().id() + " (" + plugin + " " + installed.version() + ")"),
                                facts, new ResolvedParameters(plugin, installed.rule(), configured, codes))) {
                    return true;
                }
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(RecordHook<T> hook, RecordWrite<?> write, CommunityFacts facts, ResolvedParameters parameters) {
        hook.complete((RecordWrite<T>) write, facts, parameters);
    }

    @SuppressWarnings("unchecked")
    private static <T> void review(RecordHook<T> hook, RecordWrite<?> write, CommunityFacts facts, ResolvedParameters parameters) {
        hook.review((RecordWrite<T>) write, facts, parameters);
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean lifts(RecordHook<T> hook, RecordWrite<?> write, String restriction, CommunityFacts facts,
                                     ResolvedParameters parameters) {
        return hook.lifts((RecordWrite<T>) write, restriction, facts, parameters);
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
