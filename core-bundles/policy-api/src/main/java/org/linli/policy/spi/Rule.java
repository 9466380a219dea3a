package org.linli.policy.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One local rule of a district, with the clause it comes from (政策条款). A plugin registers each
 * rule as an OSGi service of this type, with the service property {@value #PLUGIN} naming the
 * plugin; the plugin's version is its bundle's. The engine evaluates the rule for every community
 * bound to the plugin, and calls its {@link #hooks()} when a core register writes there.
 */
@ConsumerType
public interface Rule {
    /** The service property naming the plugin that owns a rule: lower-case letters, digits and '-'. */
    String PLUGIN = "linli.policy.plugin";

    /** The rule's ID in the policy catalogue ({@code BJ-02}). */
    String id();

    RuleKind kind();

    Text title();

    Clause clause();

    /** What the rule judges; one finding per subject of this kind. */
    SubjectKind subject();

    /** The numbers and settings a district may change, with their defaults. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /**
     * Judges one community as of {@link CommunityFacts#asOf()}: one outcome per subject, or one
     * for the community when it has no subject of the kind (missing data, not applicable). A
     * workflow rule judges whether its steps were kept in the records already stored.
     */
    List<Outcome> evaluate(CommunityFacts facts, Parameters parameters);

    /** How the rule takes part in core processes where its plugin governs; none by default. */
    default List<RecordHook<?>> hooks() {
        return List.of();
    }
}
