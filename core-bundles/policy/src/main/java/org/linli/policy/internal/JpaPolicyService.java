package org.linli.policy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.audit.AuditLog;
import org.linli.common.Daemons;
import org.linli.common.FieldChecks;
import org.linli.common.LinliException;
import org.linli.common.NotFoundException;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.policy.Binding;
import org.linli.policy.CommunityVerdicts;
import org.linli.policy.Comparison;
import org.linli.policy.Evaluation;
import org.linli.policy.EvaluationJob;
import org.linli.policy.Finding;
import org.linli.policy.ParameterInfo;
import org.linli.policy.ParameterValue;
import org.linli.policy.PluginInfo;
import org.linli.policy.PolicyService;
import org.linli.policy.RuleInfo;
import org.linli.policy.VerdictCounts;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.Verdict;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The policy engine's service: rules from the registry, bindings from {@code etc/}, runs in the database. */
@Component(service = PolicyService.class)
public class JpaPolicyService implements PolicyService {
    static final String EVALUATION = "EVALUATION";
    static final String COMPARISON = "COMPARISON";
    static final String PREVIEW = "PREVIEW";
    private static final Set<TerritoryLevel> EVALUATED = Set.of(TerritoryLevel.CITY, TerritoryLevel.DISTRICT,
            TerritoryLevel.STREET, TerritoryLevel.COMMUNITY);
    private static final Logger LOG = LoggerFactory.getLogger(JpaPolicyService.class);
    /** How long a finished job is remembered for the one who started it. */
    private static final Duration JOBS_KEPT = Duration.ofHours(1);
    private static final int LONGEST_VALUE = 200;

    private final JpaTemplate jpa;
    private final RuleRegistry registry;
    private final PolicyConfig config;
    private final CoreRegisters core;
    private final AuditLog audit;
    private final Clock clock;
    // Background evaluations, two at a time; their communities are judged on the judges.
    private final ExecutorService background = Daemons.pool("linli-evaluation", 2);
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /**
     * Two threads judge an evaluation's communities side by side, as many as there are cores on a
     * district's server: a community's records are read from the database while the other's are
     * judged. Shared by every evaluation, so that two at once still use two threads.
     */
    private final ExecutorService judges = Daemons.pool("linli-judge", 2);

    @Activate
    public JpaPolicyService(@Reference(target = "(osgi.unit.name=linli-policy)") JpaTemplate jpa,
                            @Reference RuleRegistry registry, @Reference PolicyConfig config,
                            @Reference CoreRegisters core, @Reference AuditLog audit, @Reference Database migrated,
                            @Reference Clock clock) {
        this.jpa = jpa;
        this.registry = registry;
        this.config = config;
        this.core = core;
        this.audit = audit;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
        judges.shutdownNow();
    }

    @Override
    public List<PluginInfo> plugins() {
        CallerContext.require(Permission.POLICY_READ);
        List<PluginInfo> plugins = new ArrayList<>();
        for (String id : registry.plugins()) {
            List<RuleRegistry.Installed> rules = registry.rules(id);
            PluginInfo plugin = new PluginInfo();
            plugin.setId(id);
            plugin.setVersion(rules.get(0).version());
            plugin.setBundle(rules.get(0).bundle());
            plugin.setRuleCount(rules.size());
            plugins.add(plugin);
        }
        return plugins;
    }

    @Override
    public List<RuleInfo> rules(String plugin) {
        CallerContext.require(Permission.POLICY_READ);
        if (plugin != null && !plugin.isBlank()) {
            installed("plugin", plugin);
        }
        return registry.rules(plugin == null || plugin.isBlank() ? null : plugin).stream().map(JpaPolicyService::info).toList();
    }

    @Override
    public List<Binding> bindings() {
        CallerContext.require(Permission.POLICY_READ);
        Set<String> running = Set.copyOf(registry.plugins());
        List<Binding> bindings = new ArrayList<>();
        config.bindings().forEach((code, plugin) -> {
            Binding binding = new Binding();
            binding.setCode(code);
            binding.setPlugin(plugin);
            binding.setInstalled(running.contains(plugin));
            byCode(code, false).ifPresent(node -> {
                binding.setNodeId(node.getId());
                binding.setNodeName(node.getName());
            });
            bindings.add(binding);
        });
        return bindings;
    }

    @Override
    public Binding bind(String code, String plugin) {
        CallerContext.require(Permission.POLICY_MANAGE);
        if (code == null || code.isBlank()) {
            throw new ValidationException("code", "required", "code names the territory node to bind");
        }
        if (plugin == null || plugin.isBlank()) {
            throw new ValidationException("plugin", "required", "plugin names the plugin to bind");
        }
        TerritoryNode node = governable(code);
        String version = installed("plugin", plugin.strip());
        config.bind(node.getCode(), plugin.strip());
        audit.record(node.getId(), "bind", "policy-binding", node.getCode(), List.of(plugin.strip()), null,
                "plugin " + plugin.strip() + " " + version);
        Binding binding = new Binding();
        binding.setCode(node.getCode());
        binding.setNodeId(node.getId());
        binding.setNodeName(node.getName());
        binding.setPlugin(plugin.strip());
        binding.setInstalled(true);
        return binding;
    }

    @Override
    public void unbind(String code) {
        CallerContext.require(Permission.POLICY_MANAGE);
        String plugin = code == null ? null : config.bindings().get(code.strip());
        if (plugin == null) {
            throw new NotFoundException("id", "binding of code", code);
        }
        TerritoryNode node = byCode(code.strip(), true).orElseThrow(() -> new NotFoundException("id", "binding of code", code));
        config.bind(code.strip(), null);
        audit.record(node.getId(), "unbind", "policy-binding", code.strip(), List.of(plugin), null, "plugin " + plugin);
    }

    @Override
    public String governing(long nodeId) {
        CallerContext.require(Permission.POLICY_READ);
        TerritoryNode node = visible(nodeId);
        String plugin = Jurisdiction.governing(new Jurisdiction(core.territory).codes(node), config.bindings());
        return plugin == null ? "" : plugin;
    }

    @Override
    public List<ParameterValue> parameters(String plugin, long nodeId) {
        CallerContext.require(Permission.POLICY_READ);
        TerritoryNode node = visible(nodeId);
        installed("plugin", plugin);
        List<String> codes = new Jurisdiction(core.territory).codes(node);
        Map<String, String> configured = config.parameters(plugin);
        List<ParameterValue> values = new ArrayList<>();
        for (RuleRegistry.Installed installed : registry.rules(plugin)) {
            values.addAll(new ResolvedParameters(plugin, installed.rule(), configured, codes).values());
        }
        return values;
    }

    @Override
    public ParameterValue setParameter(String plugin, String ruleId, String name, String code, String value) {
        CallerContext.require(Permission.POLICY_MANAGE);
        Parameter parameter = declared(plugin, ruleId, name);
        TerritoryNode node = governable(code);
        String text = valueFor(parameter, value);
        String key = ruleId + "." + name + "@" + node.getCode();
        String before = config.parameters(plugin).get(key);
        config.parameter(plugin, key, text);
        audit.record(node.getId(), "set-parameter", "policy-parameter", key, List.of(ruleId + "." + name), null,
                "plugin " + plugin + ": " + (before == null ? "none" : before) + " -> " + text);
        ParameterValue set = new ParameterValue();
        set.setPlugin(plugin);
        set.setRuleId(ruleId);
        set.setName(name);
        set.setValue(text);
        set.setSource(node.getCode());
        return set;
    }

    @Override
    public void resetParameter(String plugin, String ruleId, String name, String code) {
        CallerContext.require(Permission.POLICY_MANAGE);
        declared(plugin, ruleId, name);
        TerritoryNode node = governable(code);
        String key = ruleId + "." + name + "@" + node.getCode();
        String before = config.parameters(plugin).get(key);
        if (before == null) {
            throw new NotFoundException("id", "value of " + ruleId + "." + name + " set at", node.getCode());
        }
        config.parameter(plugin, key, null);
        audit.record(node.getId(), "reset-parameter", "policy-parameter", key, List.of(ruleId + "." + name), null,
                "plugin " + plugin + ": " + before + " -> none");
    }

    /** The parameter a running plugin's rule declares; the three names are the path's, so an unknown one is not found. */
    private Parameter declared(String plugin, String ruleId, String name) {
        Rule rule = registry.rules(plugin).stream().map(RuleRegistry.Installed::rule).filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new NotFoundException("id", "rule of plugin " + plugin, ruleId));
        return rule.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("id", "parameter of rule " + ruleId, name));
    }

    /**
     * The node with {@code code} in the caller's jurisdiction, at a level a plugin governs. The code
     * is the path's identifier: an unknown one is "not found", not a bad reference.
     */
    private TerritoryNode governable(String code) {
        String stripped = code == null ? "" : code.strip();
        TerritoryNode node = byCode(stripped, true).orElseThrow(() -> new NotFoundException("id", "territory node with code", stripped));
        if (!EVALUATED.contains(node.getLevel())) {
            throw new ValidationException("code", "level", "a plugin governs a city, district, street or community, not a "
                    + node.getLevel().name().toLowerCase());
        }
        return node;
    }

    /**
     * {@code value}, stripped, if it reads as {@code parameter}'s default does: a rule that reads a
     * whole number must not meet a word at its next evaluation.
     */
    private static String valueFor(Parameter parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("value", "required", "value is the parameter's new value");
        }
        String text = value.strip();
        if (text.length() > LONGEST_VALUE || text.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("value", "format", "value is one line of at most " + LONGEST_VALUE + " characters");
        }
        String shape = parameter.defaultValue().strip();
        if (shape.matches("-?\\d+") && !text.matches("-?\\d{1,9}")) {
            throw new ValidationException("value", "integer", parameter.name() + " is a whole number, like its default " + shape);
        }
        if (shape.matches("-?\\d*\\.\\d+")) {
            try {
                new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new ValidationException("value", "number", parameter.name() + " is a number, like its default " + shape);
            }
        }
        return text;
    }

    @Override
    public Evaluation evaluate(long nodeId, String plugin, LocalDate asOf) {
        CallerContext.require(Permission.POLICY_EVALUATE);
        Run run = run(nodeId, blankToNull(plugin), asOf, EVALUATION);
        return store(run);
    }

    @Override
    public EvaluationJob startEvaluation(long nodeId, String plugin, LocalDate asOf) {
        Caller caller = CallerContext.require(Permission.POLICY_EVALUATE);
        String named = blankToNull(plugin);
        Target target = target(nodeId, named, asOf);
        LocalDateTime now = LocalDateTime.now(clock);
        jobs.values().removeIf(job -> job.endedBefore(now.minus(JOBS_KEPT)));
        Job job = new Job(UUID.randomUUID().toString(), caller.user(), target.node(), target.communities().size(), now);
        jobs.put(job.id, job);
        background.execute(() -> CallerContext.callAs(caller, () -> {
            job.running();
            try {
                job.done(store(run(target, named, EVALUATION, job::evaluated)).getId(), LocalDateTime.now(clock));
            } catch (RuntimeException e) {
                LOG.warn("Evaluation job {} of {} failed", job.id, target.node().getCode(), e);
                // The caller's own mistakes are theirs to read; anything else stays in the log.
                job.failed(e instanceof LinliException ? e.getMessage() : "the evaluation stopped; the log holds why, under job " + job.id,
                        LocalDateTime.now(clock));
            }
            return null;
        }));
        return job.view();
    }

    @Override
    public EvaluationJob evaluationJob(String id) {
        Caller caller = CallerContext.require(Permission.POLICY_EVALUATE);
        Job job = id == null ? null : jobs.get(id);
        // Another user's job is no business of this one: it is not found, not forbidden.
        if (job == null || !job.user.equals(caller.user())) {
            throw new NotFoundException("id", "evaluation job", id);
        }
        return job.view();
    }

    /** A background evaluation as it goes. */
    private static final class Job {
        final String id;
        final String user;
        private final EvaluationJob state = new EvaluationJob();
        private LocalDateTime ended;

        Job(String id, String user, TerritoryNode node, int communities, LocalDateTime at) {
            this.id = id;
            this.user = user;
            state.setId(id);
            state.setNodeId(node.getId());
            state.setNodeName(node.getName());
            state.setCommunities(communities);
            state.setState(EvaluationJob.State.QUEUED);
            state.setStartedAt(at);
            state.setStartedBy(user);
        }

        synchronized void running() {
            state.setState(EvaluationJob.State.RUNNING);
        }

        synchronized void evaluated(int communities) {
            state.setEvaluated(communities);
        }

        synchronized void done(long evaluationId, LocalDateTime at) {
            state.setEvaluationId(evaluationId);
            state.setState(EvaluationJob.State.DONE);
            ended = at;
        }

        synchronized void failed(String problem, LocalDateTime at) {
            state.setProblem(problem);
            state.setState(EvaluationJob.State.FAILED);
            ended = at;
        }

        synchronized boolean endedBefore(LocalDateTime time) {
            return ended != null && ended.isBefore(time);
        }

        synchronized EvaluationJob view() {
            EvaluationJob copy = new EvaluationJob();
            copy.setId(state.getId());
            copy.setNodeId(state.getNodeId());
            copy.setNodeName(state.getNodeName());
            copy.setState(state.getState());
            copy.setCommunities(state.getCommunities());
            copy.setEvaluated(state.getEvaluated());
            copy.setEvaluationId(state.getEvaluationId());
            copy.setProblem(state.getProblem());
            copy.setStartedAt(state.getStartedAt());
            copy.setStartedBy(state.getStartedBy());
            return copy;
        }
    }

    @Override
    public Comparison compare(long nodeId, String left, String right, LocalDate asOf) {
        CallerContext.require(Permission.POLICY_EVALUATE);
        if (right == null || right.isBlank()) {
            throw new ValidationException("right", "required", "right names the plugin to compare with");
        }
        return comparison(run(nodeId, blankToNull(left), asOf, COMPARISON), run(nodeId, right.strip(), asOf, COMPARISON));
    }

    @Override
    public Comparison preview(long nodeId, String plugin, LocalDate asOf) {
        CallerContext.require(Permission.POLICY_EVALUATE);
        if (plugin == null || plugin.isBlank()) {
            throw new ValidationException("plugin", "required", "plugin names the plugin whose binding is previewed");
        }
        return comparison(run(nodeId, null, asOf, PREVIEW), run(nodeId, plugin.strip(), asOf, PREVIEW));
    }

    @Override
    public Page<Evaluation> runs(Long nodeId, PageRequest page) {
        CallerContext.require(Permission.POLICY_READ);
        page.requireNumbered();
        List<String> paths;
        if (nodeId != null) {
            paths = List.of(visible(nodeId).getPath());
        } else {
            Scope scope = core.territory.scope();
            paths = scope.everywhere() ? List.of("/") : scope.paths();
        }
        if (paths.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " FROM policy_run r JOIN territory_node n ON n.id = r.node_id WHERE "
                + String.join(" OR ", Collections.nCopies(paths.size(), "n.path LIKE ?"));
        return jpa.txExpr(TransactionType.Required, em -> {
            Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
            Query rows = em.createNativeQuery("SELECT r.*" + where
                    + " ORDER BY r.evaluated_at DESC, r.id DESC LIMIT " + page.size() + " OFFSET " + page.offset(), RunRow.class);
            for (int i = 0; i < paths.size(); i++) {
                count.setParameter(i + 1, paths.get(i) + "%");
                rows.setParameter(i + 1, paths.get(i) + "%");
            }
            long total = ((Number) count.getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            List<RunRow> found = rows.getResultList();
            List<Evaluation> runs = new ArrayList<>();
            for (RunRow row : found) {
                runs.add(evaluation(row, List.of(), List.of()));
            }
            return new Page<>(runs, page.page(), page.size(), total);
        });
    }

    @Override
    public Evaluation run(long id) {
        CallerContext.require(Permission.POLICY_READ);
        return jpa.txExpr(TransactionType.Required, em -> {
            RunRow row = em.find(RunRow.class, id);
            if (row == null) {
                throw new NotFoundException("id", "evaluation", id);
            }
            try {
                visible(row.nodeId);
            } catch (NotFoundException e) {
                throw new NotFoundException("id", "evaluation", id);
            }
            List<ParameterRow> parameters = em.createQuery("SELECT p FROM ParameterRow p WHERE p.runId = :run ORDER BY p.id",
                    ParameterRow.class).setParameter("run", id).getResultList();
            List<FindingRow> findings = em.createQuery("SELECT f FROM FindingRow f WHERE f.runId = :run ORDER BY f.id",
                    FindingRow.class).setParameter("run", id).getResultList();
            return evaluation(row, parameters, findings);
        });
    }

    @Override
    public Page<Finding> history(long communityId, String ruleId, PageRequest page) {
        CallerContext.require(Permission.POLICY_READ);
        page.requireNumbered();
        visible(communityId);
        if (ruleId == null || ruleId.isBlank()) {
            throw new ValidationException("ruleId", "required", "ruleId names the rule whose findings are wanted");
        }
        new FieldChecks().searchText("ruleId", ruleId).throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            long total = em.createQuery("SELECT COUNT(f) FROM FindingRow f WHERE f.communityId = :community AND f.ruleId = :rule",
                    Long.class).setParameter("community", communityId).setParameter("rule", ruleId.strip()).getSingleResult();
            List<Object[]> rows = em.createQuery("SELECT f, r FROM FindingRow f, RunRow r WHERE f.runId = r.id"
                            + " AND f.communityId = :community AND f.ruleId = :rule ORDER BY r.evaluatedAt DESC, f.id DESC",
                    Object[].class).setParameter("community", communityId).setParameter("rule", ruleId.strip())
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            List<Finding> findings = new ArrayList<>();
            for (Object[] row : rows) {
                findings.add(finding((FindingRow) row[0], (RunRow) row[1]));
            }
            return new Page<>(findings, page.page(), page.size(), total);
        });
    }

    /** An evaluation computed but not yet stored. */
    private record Run(TerritoryNode node, String plugin, LocalDate asOf, String purpose, LocalDateTime at,
                       Map<String, ParameterValue> parameters, List<Finding> findings, List<TerritoryNode> communities,
                       Map<Long, String> governing) {
    }

    /** What an evaluation judges, checked before anything runs. */
    private record Target(TerritoryNode node, LocalDate day, List<TerritoryNode> communities) {
    }

    private Target target(long nodeId, String plugin, LocalDate asOf) {
        TerritoryNode node = visible(nodeId);
        if (!EVALUATED.contains(node.getLevel())) {
            throw new ValidationException("nodeId", "level", "evaluate a community, street, district or city, not a "
                    + node.getLevel().name().toLowerCase());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw new ValidationException("asOf", "future", "asOf must not be after today");
        }
        if (plugin != null) {
            installed("plugin", plugin);
        }
        return new Target(node, day, communities(node));
    }

    private Run run(long nodeId, String plugin, LocalDate asOf, String purpose) {
        return run(target(nodeId, plugin, asOf), plugin, purpose, evaluated -> { });
    }

    /** What one community's judging found, and the parameters it used. */
    private record Judged(List<Finding> findings, Map<String, ParameterValue> used) {
    }

    /**
     * Judges the target's communities on the {@link #judges}, telling {@code progress} how many
     * are done; the findings come in the communities' order whatever order they end in.
     */
    private Run run(Target target, String plugin, String purpose, IntConsumer progress) {
        Map<String, String> bindings = config.bindings();
        Jurisdiction jurisdiction = new Jurisdiction(core.territory);
        Map<Long, String> governing = new LinkedHashMap<>();
        Map<String, Map<String, String>> configured = new TreeMap<>();
        Caller caller = CallerContext.current();
        AtomicInteger done = new AtomicInteger();
        // One at a time, so that the count never goes back.
        Runnable oneMore = () -> {
            synchronized (done) {
                progress.accept(done.incrementAndGet());
            }
        };
        List<Callable<Judged>> work = new ArrayList<>();
        for (TerritoryNode community : target.communities()) {
            List<String> codes = jurisdiction.codes(community);
            String governs = plugin != null ? plugin : Jurisdiction.governing(codes, bindings);
            governing.put(community.getId(), governs);
            if (governs == null) {
                oneMore.run();
                continue;
            }
            List<RuleRegistry.Installed> rules = registry.rules(governs);
            Map<String, String> parameters = configured.computeIfAbsent(governs, config::parameters);
            work.add(() -> CallerContext.callAs(caller, () -> {
                Map<String, ParameterValue> used = new LinkedHashMap<>();
                List<Finding> findings = Evaluator.evaluate(rules, new ServiceFacts(core, community, target.day()), parameters, codes, used);
                oneMore.run();
                return new Judged(findings, used);
            }));
        }
        Map<String, ParameterValue> used = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Judged judged : judgeAll(work)) {
            findings.addAll(judged.findings());
            judged.used().forEach(used::putIfAbsent);
        }
        return new Run(target.node(), plugin, target.day(), purpose, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), used,
                findings, target.communities(), governing);
    }

    /** Runs the work on the judges; its results in its order, or the first failure as it was thrown. */
    private List<Judged> judgeAll(List<Callable<Judged>> work) {
        try {
            List<Judged> judged = new ArrayList<>();
            for (Future<Judged> result : judges.invokeAll(work)) {
                judged.add(result.get());
            }
            return judged;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the evaluation was interrupted", e);
        }
    }

    /** The communities of {@code node} the caller may see, by code. */
    private List<TerritoryNode> communities(TerritoryNode node) {
        if (node.getLevel() == TerritoryLevel.COMMUNITY) {
            return List.of(node);
        }
        List<TerritoryNode> communities = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<TerritoryNode> found = core.territory.search(new TerritoryQuery(null, node.getId(), TerritoryLevel.COMMUNITY,
                    null, null), new PageRequest(page, PageRequest.MAX_SIZE));
            communities.addAll(found.items());
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                break;
            }
        }
        communities.sort((a, b) -> a.getCode().compareTo(b.getCode()));
        return communities;
    }

    private Evaluation store(Run run) {
        Caller caller = CallerContext.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            RunRow row = new RunRow();
            row.nodeId = run.node().getId();
            row.nodeName = run.node().getName();
            row.purpose = run.purpose();
            row.plugin = run.plugin();
            row.asOf = run.asOf();
            row.evaluatedAt = run.at();
            row.evaluatedBy = caller.user();
            VerdictCounts counts = Evaluator.count(run.findings());
            row.pass = counts.getPass();
            row.fail = counts.getFail();
            row.notApplicable = counts.getNotApplicable();
            row.missingData = counts.getMissingData();
            row.reported = counts.getReported();
            em.persist(row);
            em.flush();
            List<ParameterRow> parameters = new ArrayList<>();
            for (ParameterValue value : run.parameters().values()) {
                ParameterRow parameter = new ParameterRow();
                parameter.runId = row.id;
                parameter.plugin = value.getPlugin();
                parameter.ruleId = value.getRuleId();
                parameter.name = value.getName();
                parameter.value = value.getValue();
                parameter.source = value.getSource();
                em.persist(parameter);
                parameters.add(parameter);
            }
            List<FindingRow> findings = new ArrayList<>();
            for (Finding finding : run.findings()) {
                FindingRow stored = row(finding);
                stored.runId = row.id;
                em.persist(stored);
                findings.add(stored);
            }
            auditRun(row, run.findings());
            em.flush();
            return evaluation(row, parameters, findings);
        });
    }

    /** One audit entry per plugin a run used: who, which rules, which plugin version. */
    private void auditRun(RunRow row, List<Finding> findings) {
        Map<String, Set<String>> rulesByPlugin = new TreeMap<>();
        for (Finding finding : findings) {
            rulesByPlugin.computeIfAbsent(finding.getPlugin() + " " + finding.getPluginVersion(), k -> new LinkedHashSet<>())
                    .add(finding.getRuleId());
        }
        if (rulesByPlugin.isEmpty()) {
            audit.record(row.nodeId, row.purpose.toLowerCase(), "policy-run", row.id, List.of(), null, "no plugin governs " + row.nodeName);
        }
        rulesByPlugin.forEach((plugin, rules) -> audit.record(row.nodeId, row.purpose.toLowerCase(), "policy-run", row.id,
                List.copyOf(rules), null, "plugin " + plugin + " on " + row.nodeName + " as of " + row.asOf));
    }

    private Comparison comparison(Run left, Run right) {
        Evaluation leftRun = store(left);
        Evaluation rightRun = store(right);
        Comparison comparison = new Comparison();
        comparison.setLeft(leftRun);
        comparison.setRight(rightRun);
        Map<Long, List<Finding>> leftFindings = byCommunity(leftRun.getFindings());
        Map<Long, List<Finding>> rightFindings = byCommunity(rightRun.getFindings());
        List<CommunityVerdicts> communities = new ArrayList<>();
        for (TerritoryNode community : left.communities()) {
            List<Finding> l = leftFindings.getOrDefault(community.getId(), List.of());
            List<Finding> r = rightFindings.getOrDefault(community.getId(), List.of());
            CommunityVerdicts verdicts = new CommunityVerdicts();
            verdicts.setCommunityId(community.getId());
            verdicts.setCommunityName(community.getName());
            verdicts.setLeftPlugin(left.governing().get(community.getId()));
            verdicts.setRightPlugin(right.governing().get(community.getId()));
            verdicts.setLeft(Evaluator.count(l));
            verdicts.setRight(Evaluator.count(r));
            Set<String> leftFailing = failing(l);
            Set<String> rightFailing = failing(r);
            verdicts.setNewFailures(rightFailing.stream().filter(id -> !leftFailing.contains(id)).toList());
            verdicts.setResolvedFailures(leftFailing.stream().filter(id -> !rightFailing.contains(id)).toList());
            communities.add(verdicts);
        }
        comparison.setCommunities(communities);
        return comparison;
    }

    private static Map<Long, List<Finding>> byCommunity(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::getCommunityId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Set<String> failing(List<Finding> findings) {
        return findings.stream().filter(f -> f.getVerdict() == Verdict.FAIL).map(Finding::getRuleId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The node, if the caller's jurisdiction holds it; not found otherwise. */
    private TerritoryNode visible(long nodeId) {
        try {
            return core.territory.get(nodeId);
        } catch (NotFoundException e) {
            throw new NotFoundException("nodeId", "territory node", nodeId);
        }
    }

    /** The node with {@code code}, looked up as the caller ({@code scoped}) or as the engine. */
    private Optional<TerritoryNode> byCode(String code, boolean scoped) {
        Supplier<Optional<TerritoryNode>> find = () -> core.territory
                .search(new TerritoryQuery(null, null, null, code, null), new PageRequest(0, 1)).items().stream().findFirst();
        return scoped ? find.get() : CallerContext.callAs(Caller.system("policy"), find);
    }

    /** The version of the running plugin, or a validation error naming {@code field}. */
    private String installed(String field, String plugin) {
        return registry.version(plugin).orElseThrow(() -> new ValidationException(field, "not_installed",
                "plugin " + plugin + " is not installed; installed: " + registry.plugins()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static RuleInfo info(RuleRegistry.Installed installed) {
        Rule rule = installed.rule();
        RuleInfo info = new RuleInfo();
        info.setId(rule.id());
        info.setPlugin(installed.plugin());
        info.setPluginVersion(installed.version());
        info.setKind(rule.kind());
        info.setSubject(rule.subject());
        info.setTitleZh(rule.title().zh());
        info.setTitleEn(rule.title().en());
        info.setClauseSource(rule.clause().source());
        info.setClauseText(rule.clause().text());
        List<ParameterInfo> parameters = new ArrayList<>();
        for (Parameter parameter : rule.parameters()) {
            ParameterInfo p = new ParameterInfo();
            p.setName(parameter.name());
            p.setDefaultValue(parameter.defaultValue());
            p.setDescriptionZh(parameter.description().zh());
            p.setDescriptionEn(parameter.description().en());
            parameters.add(p);
        }
        info.setParameters(parameters);
        return info;
    }

    private static FindingRow row(Finding finding) {
        FindingRow row = new FindingRow();
        row.communityId = finding.getCommunityId();
        row.communityCode = finding.getCommunityCode();
        row.communityName = finding.getCommunityName();
        row.plugin = finding.getPlugin();
        row.pluginVersion = finding.getPluginVersion();
        row.ruleId = finding.getRuleId();
        row.kind = finding.getKind();
        row.titleZh = clip(finding.getTitleZh(), 200);
        row.titleEn = clip(finding.getTitleEn(), 200);
        row.clauseSource = clip(finding.getClauseSource(), 200);
        row.clauseText = clip(finding.getClauseText(), 2000);
        row.subjectKind = finding.getSubjectKind();
        row.subjectId = finding.getSubjectId();
        row.subjectName = clip(finding.getSubjectName(), 200);
        row.verdict = finding.getVerdict();
        row.messageZh = clip(finding.getMessageZh(), 1000);
        row.messageEn = clip(finding.getMessageEn(), 1000);
        row.facts = Evaluator.factsText(finding.getFacts());
        return row;
    }

    private static Finding finding(FindingRow row, RunRow run) {
        Finding finding = new Finding();
        finding.setCommunityId(row.communityId);
        finding.setCommunityCode(row.communityCode);
        finding.setCommunityName(row.communityName);
        finding.setPlugin(row.plugin);
        finding.setPluginVersion(row.pluginVersion);
        finding.setRuleId(row.ruleId);
        finding.setKind(row.kind);
        finding.setTitleZh(row.titleZh);
        finding.setTitleEn(row.titleEn);
        finding.setClauseSource(row.clauseSource);
        finding.setClauseText(row.clauseText);
        finding.setSubjectKind(row.subjectKind);
        finding.setSubjectId(row.subjectId);
        finding.setSubjectName(row.subjectName);
        finding.setVerdict(row.verdict);
        finding.setMessageZh(row.messageZh);
        finding.setMessageEn(row.messageEn);
        finding.setFacts(Evaluator.facts(row.facts));
        finding.setAsOf(run.asOf);
        finding.setEvaluatedAt(run.evaluatedAt);
        return finding;
    }

    private static Evaluation evaluation(RunRow row, List<ParameterRow> parameters, List<FindingRow> findings) {
        Evaluation evaluation = new Evaluation();
        evaluation.setId(row.id);
        evaluation.setNodeId(row.nodeId);
        evaluation.setNodeName(row.nodeName);
        evaluation.setPurpose(row.purpose);
        evaluation.setPlugin(row.plugin);
        evaluation.setAsOf(row.asOf);
        evaluation.setEvaluatedAt(row.evaluatedAt);
        evaluation.setEvaluatedBy(row.evaluatedBy);
        VerdictCounts counts = new VerdictCounts();
        counts.setPass(row.pass);
        counts.setFail(row.fail);
        counts.setNotApplicable(row.notApplicable);
        counts.setMissingData(row.missingData);
        counts.setReported(row.reported);
        evaluation.setCounts(counts);
        List<ParameterValue> values = new ArrayList<>();
        for (ParameterRow parameter : parameters) {
            ParameterValue value = new ParameterValue();
            value.setPlugin(parameter.plugin);
            value.setRuleId(parameter.ruleId);
            value.setName(parameter.name);
            value.setValue(parameter.value);
            value.setSource(parameter.source);
            values.add(value);
        }
        evaluation.setParameters(values);
        evaluation.setFindings(findings.stream().map(f -> finding(f, row)).toList());
        return evaluation;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
