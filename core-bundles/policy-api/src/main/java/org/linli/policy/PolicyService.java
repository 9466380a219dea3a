package org.linli.policy;

import java.time.LocalDate;
import java.util.List;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Local policy: the rules installed now, which plugin governs which jurisdiction, their
 * parameters, and evaluations. Reading needs {@link org.linli.security.Permission#POLICY_READ},
 * evaluating {@link org.linli.security.Permission#POLICY_EVALUATE}, binding
 * {@link org.linli.security.Permission#POLICY_MANAGE}; every call sees only the caller's
 * jurisdiction.
 */
@ProviderType
public interface PolicyService {

    /** The plugins running now. */
    List<PluginInfo> plugins();

    /** Every installed rule, by plugin and ID; only those of {@code plugin} when it is given. */
    List<RuleInfo> rules(String plugin);

    /** The bindings configured now, whether or not their plugin is running. */
    List<Binding> bindings();

    /**
     * Makes {@code plugin} govern the territory node with {@code code} and everything under it that
     * has no nearer binding. The plugin must be running. Written to the bindings file under
     * {@code etc/}, so it outlives a restart.
     */
    Binding bind(String code, String plugin);

    /** Removes the binding of the node with {@code code}; the nearest binding above it governs again. */
    void unbind(String code);

    /** The plugin governing the community {@code nodeId}, or an empty text when none does. */
    String governing(long nodeId);

    /** The parameter values of {@code plugin} for the node {@code nodeId}, with where each comes from. */
    List<ParameterValue> parameters(String plugin, long nodeId);

    /**
     * Sets the parameter {@code name} of rule {@code ruleId} of {@code plugin} for the node with
     * {@code code} and everything under it without a nearer value. The value must read as the
     * parameter's default does (a whole number, a number or text). Written to the plugin's file
     * under {@code etc/}; the next evaluation uses it. Needs
     * {@link org.linli.security.Permission#POLICY_MANAGE}.
     */
    ParameterValue setParameter(String plugin, String ruleId, String name, String code, String value);

    /** Removes the node's own value of a parameter; the nearest value above it applies again. */
    void resetParameter(String plugin, String ruleId, String name, String code);

    /**
     * Evaluates every community in the node {@code nodeId} (a community, street or district) as of
     * {@code asOf} (today when {@code null}): under {@code plugin} when it is given, otherwise under
     * the plugin bound to each community. The run is stored with its findings.
     */
    Evaluation evaluate(long nodeId, String plugin, LocalDate asOf);

    /**
     * Starts {@link #evaluate} in the background after checking what it is given, and answers at
     * once; {@link #evaluationJob} tells how far it is.
     */
    EvaluationJob startEvaluation(long nodeId, String plugin, LocalDate asOf);

    /** A job the caller started, while this node remembers it (an hour after it ends). */
    EvaluationJob evaluationJob(String id);

    /**
     * The communities in {@code nodeId} under two plugins side by side ("how would this community
     * fare under Songjiang's rules?"); {@code left} may be empty for the bound plugins. No binding
     * changes; both runs are stored as comparisons.
     */
    Comparison compare(long nodeId, String left, String right, LocalDate asOf);

    /**
     * What binding {@code plugin} to the node {@code nodeId} would change: its communities under
     * their bindings now against the same communities under {@code plugin}. Nothing is bound.
     */
    Comparison preview(long nodeId, String plugin, LocalDate asOf);

    /** Stored runs over {@code nodeId} or anything in it (all the caller sees when {@code null}), newest first, without findings. */
    Page<Evaluation> runs(Long nodeId, PageRequest page);

    /** One stored run with its findings. */
    Evaluation run(long id);

    /** One rule's findings on one community over time, newest first. */
    Page<Finding> history(long communityId, String ruleId, PageRequest page);
}
