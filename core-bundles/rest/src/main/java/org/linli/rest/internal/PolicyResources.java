package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.linli.common.Page;
import org.linli.common.ValidationException;
import org.linli.policy.Binding;
import org.linli.policy.Comparison;
import org.linli.policy.Evaluation;
import org.linli.policy.EvaluationJob;
import org.linli.policy.Finding;
import org.linli.policy.ParameterValue;
import org.linli.policy.PluginInfo;
import org.linli.policy.PolicyService;
import org.linli.policy.RuleInfo;
import org.linli.security.CallerContext;
import org.linli.security.Permission;

/**
 * Local policy: plugins and rules, bindings, parameters, evaluations, comparisons, previews, history.
 * Where this door checks a request itself, the permission comes first, as in the services: a caller
 * who may not use an operation hears 403 whatever they send.
 */
@Doc(tag = "Policy")
final class PolicyResources {
    private PolicyResources() {
    }

    static List<Object> all(PolicyService policy) {
        return List.of(new Plugins(policy), new Rules(policy), new Bindings(policy), new Parameters(policy),
                new Evaluations(policy), new EvaluationJobs(policy), new Comparisons(policy), new Previews(policy), new Findings(policy));
    }

    /** The body of an evaluation, comparison or preview request. */
    @Schema(description = "An evaluation needs nodeId; a comparison nodeId and right; a preview nodeId and plugin.")
    public static class EvaluationRequest {
        @Schema(description = "The community, street or district", requiredMode = Schema.RequiredMode.REQUIRED)
        public Long nodeId;
        @Schema(description = "Evaluate or preview under this plugin; for an evaluation, each community's bound plugin when absent")
        public String plugin;
        @Schema(description = "A comparison's left plugin; the bound plugins when absent")
        public String left;
        @Schema(description = "A comparison's right plugin")
        public String right;
        @Schema(description = "The day judged; today when absent")
        public LocalDate asOf;

        long node() {
            if (nodeId == null) {
                throw new ValidationException("nodeId", "required", "nodeId names the community, street or district to evaluate");
            }
            return nodeId;
        }
    }

    /** The body of a parameter's value. */
    public static class ParameterRequest {
        @Schema(description = "The new value; it must read as the parameter's default does", requiredMode = Schema.RequiredMode.REQUIRED)
        public String value;
    }

    /** The body of a binding. */
    public static class BindingRequest {
        @Schema(description = "The running plugin to bind", requiredMode = Schema.RequiredMode.REQUIRED)
        public String plugin;
    }

    @Path("/policy/plugins")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Plugins {
        private final PolicyService policy;

        Plugins(PolicyService policy) {
            this.policy = policy;
        }

        @GET
        @Doc(id = "listPolicyPlugins", summary = "The policy plugins running now", needs = Permission.POLICY_READ, answer = "The plugins")
        public List<PluginInfo> list() {
            return policy.plugins();
        }
    }

    @Path("/policy/rules")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Rules {
        private final PolicyService policy;

        Rules(PolicyService policy) {
            this.policy = policy;
        }

        @GET
        @Doc(id = "listPolicyRules", summary = "Every installed rule with its plugin, plugin version and clause", needs = Permission.POLICY_READ,
                answer = "The rules, by plugin and ID", problems = 400)
        public List<RuleInfo> list(@QueryParam("plugin") @Param("Only this plugin's rules") String plugin) {
            return policy.rules(plugin);
        }
    }

    @Path("/policy/bindings")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Bindings {
        private final PolicyService policy;

        Bindings(PolicyService policy) {
            this.policy = policy;
        }

        @GET
        @Doc(id = "listPolicyBindings", summary = "Which plugin governs which jurisdiction (etc/org.linli.policy.bindings.cfg)",
                needs = Permission.POLICY_READ, answer = "The bindings")
        public List<Binding> list() {
            return policy.bindings();
        }

        @PUT
        @Path("{code}")
        @Doc(id = "bindPolicyPlugin", summary = "Make a running plugin govern a node and everything under it without a nearer binding",
                needs = Permission.POLICY_MANAGE, answer = "The binding", problems = {400, 404})
        public Binding bind(@PathParam("code") @Param("The territory node's code") String code, BindingRequest body) {
            return policy.bind(code, Params.body(body).plugin);
        }

        @DELETE
        @Path("{code}")
        @Doc(id = "unbindPolicyPlugin", summary = "Remove a node's binding", needs = Permission.POLICY_MANAGE, answer = "Removed", problems = 404)
        public Response unbind(@PathParam("code") @Param("The territory node's code") String code) {
            policy.unbind(code);
            return Response.noContent().build();
        }
    }

    @Path("/policy/parameters")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Parameters {
        private final PolicyService policy;

        Parameters(PolicyService policy) {
            this.policy = policy;
        }

        @GET
        @Doc(id = "listPolicyParameters", summary = "A plugin's parameter values for a node, with where each comes from",
                needs = Permission.POLICY_READ, answer = "The values", problems = {400, 404})
        public List<ParameterValue> list(@QueryParam("plugin") @Param(value = "The plugin", required = true) String plugin,
                                         @QueryParam("nodeId") @Param(value = "The territory node", type = Long.class, required = true) String nodeId) {
            CallerContext.require(Permission.POLICY_READ);
            Long node = Params.toLong("nodeId", nodeId);
            if (node == null) {
                throw new ValidationException("nodeId", "required", "nodeId names the node whose values are wanted");
            }
            if (plugin == null || plugin.isBlank()) {
                throw new ValidationException("plugin", "required", "plugin names the plugin whose values are wanted");
            }
            return policy.parameters(plugin.strip(), node);
        }

        @PUT
        @Path("{plugin}/{ruleId}/{name}/{code}")
        @Consumes(MediaType.APPLICATION_JSON)
        @Doc(id = "setPolicyParameter", summary = "Set a parameter for a node and everything under it without a nearer value",
                needs = Permission.POLICY_MANAGE, answer = "The value, with the node's code as its source", problems = {400, 404})
        public ParameterValue set(@PathParam("plugin") @Param("The plugin") String plugin,
                                  @PathParam("ruleId") @Param("The rule ID (BJ-01)") String ruleId,
                                  @PathParam("name") @Param("The parameter's name") String name,
                                  @PathParam("code") @Param("The territory node's code") String code, ParameterRequest body) {
            CallerContext.require(Permission.POLICY_MANAGE);
            return policy.setParameter(plugin, ruleId, name, code, Params.body(body).value);
        }

        @DELETE
        @Path("{plugin}/{ruleId}/{name}/{code}")
        @Doc(id = "resetPolicyParameter", summary = "Remove a node's own value of a parameter; the nearest value above it applies",
                needs = Permission.POLICY_MANAGE, answer = "Removed", problems = 404)
        public Response reset(@PathParam("plugin") @Param("The plugin") String plugin,
                              @PathParam("ruleId") @Param("The rule ID (BJ-01)") String ruleId,
                              @PathParam("name") @Param("The parameter's name") String name,
                              @PathParam("code") @Param("The territory node's code") String code) {
            policy.resetParameter(plugin, ruleId, name, code);
            return Response.noContent().build();
        }
    }

    @Path("/policy/evaluations")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Evaluations {
        private final PolicyService policy;

        Evaluations(PolicyService policy) {
            this.policy = policy;
        }

        @POST
        @Doc(id = "evaluatePolicy", summary = "Evaluate a community, street or district and store the run", needs = Permission.POLICY_EVALUATE,
                status = 201, returns = Evaluation.class, answer = "The run with every finding", problems = {400, 404})
        public Response evaluate(EvaluationRequest body) {
            CallerContext.require(Permission.POLICY_EVALUATE);
            EvaluationRequest request = Params.body(body);
            Evaluation run = policy.evaluate(request.node(), request.plugin, request.asOf);
            return Response.created(URI.create("policy/evaluations/" + run.getId())).entity(run).build();
        }

        @GET
        @Doc(id = "listPolicyEvaluations", summary = "Stored runs, newest first, without findings", needs = Permission.POLICY_READ,
                answer = "A page of runs", problems = {400, 404})
        public Page<Evaluation> list(@QueryParam("nodeId") @Param(value = "Runs over this node or anything in it", type = Long.class) String nodeId, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
            return policy.runs(Params.toLong("nodeId", nodeId), Params.page(page, size));
        }

        @GET
        @Path("{id}")
        @Doc(id = "getPolicyEvaluation", summary = "One stored run with its parameters and findings", needs = Permission.POLICY_READ,
                answer = "The run", problems = 404)
        public Evaluation get(@PathParam("id") long id) {
            return policy.run(id);
        }
    }

    @Path("/policy/evaluation-jobs")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class EvaluationJobs {
        private final PolicyService policy;

        EvaluationJobs(PolicyService policy) {
            this.policy = policy;
        }

        @POST
        @Doc(id = "startPolicyEvaluation", summary = "Evaluate a community, street or district in the background; the job tells how far it is",
                needs = Permission.POLICY_EVALUATE, status = 202, returns = EvaluationJob.class, answer = "The job, queued",
                problems = {400, 404})
        public Response start(EvaluationRequest body) {
            CallerContext.require(Permission.POLICY_EVALUATE);
            EvaluationRequest request = Params.body(body);
            EvaluationJob job = policy.startEvaluation(request.node(), request.plugin, request.asOf);
            return Response.accepted(job).location(URI.create("policy/evaluation-jobs/" + job.getId())).build();
        }

        @GET
        @Path("{id}")
        @Doc(id = "getPolicyEvaluationJob", summary = "How far a job the caller started is; the run's ID once it is done",
                needs = Permission.POLICY_EVALUATE, answer = "The job", problems = 404)
        public EvaluationJob get(@PathParam("id") @Param("The job's ID") String id) {
            return policy.evaluationJob(id);
        }
    }

    @Path("/policy/comparisons")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Comparisons {
        private final PolicyService policy;

        Comparisons(PolicyService policy) {
            this.policy = policy;
        }

        @POST
        @Doc(id = "comparePolicies", summary = "The communities of a node under two plugins side by side; no binding changes",
                needs = Permission.POLICY_EVALUATE, answer = "Both runs and what differs per community", problems = {400, 404})
        public Comparison compare(EvaluationRequest body) {
            CallerContext.require(Permission.POLICY_EVALUATE);
            EvaluationRequest request = Params.body(body);
            return policy.compare(request.node(), request.left, request.right, request.asOf);
        }
    }

    @Path("/policy/previews")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Previews {
        private final PolicyService policy;

        Previews(PolicyService policy) {
            this.policy = policy;
        }

        @POST
        @Doc(id = "previewPolicyBinding", summary = "What binding a plugin to a node would change; nothing is bound",
                needs = Permission.POLICY_EVALUATE, answer = "The node under its bindings now (left) and under the plugin (right)",
                problems = {400, 404})
        public Comparison preview(EvaluationRequest body) {
            CallerContext.require(Permission.POLICY_EVALUATE);
            EvaluationRequest request = Params.body(body);
            return policy.preview(request.node(), request.plugin, request.asOf);
        }
    }

    @Path("/policy/findings")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Findings {
        private final PolicyService policy;

        Findings(PolicyService policy) {
            this.policy = policy;
        }

        @GET
        @Doc(id = "listPolicyFindings", summary = "One rule's findings on one community over time, newest first",
                needs = Permission.POLICY_READ, answer = "A page of findings", problems = {400, 404})
        public Page<Finding> history(@QueryParam("communityId") @Param(value = "The community", type = Long.class, required = true)
                                     String communityId,
                                     @QueryParam("ruleId") @Param(value = "The rule ID (BJ-02)", required = true) String ruleId,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
            CallerContext.require(Permission.POLICY_READ);
            Long community = Params.toLong("communityId", communityId);
            if (community == null) {
                throw new ValidationException("communityId", "required", "communityId names the community");
            }
            return policy.history(community, ruleId, Params.page(page, size));
        }
    }
}
