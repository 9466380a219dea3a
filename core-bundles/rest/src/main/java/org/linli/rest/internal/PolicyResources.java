package org.linli.rest.internal;

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
final class PolicyResources {
    private PolicyResources() {
    }

    static List<Object> all(PolicyService policy) {
        return List.of(new Plugins(policy), new Rules(policy), new Bindings(policy), new Parameters(policy),
                new Evaluations(policy), new Comparisons(policy), new Previews(policy), new Findings(policy));
    }

    /** The body of an evaluation, comparison or preview request. */
    public static class EvaluationRequest {
        public Long nodeId;
        public String plugin;
        public String left;
        public String right;
        public LocalDate asOf;

        long node() {
            if (nodeId == null) {
                throw new ValidationException("nodeId", "required", "nodeId names the community, street or district to evaluate");
            }
            return nodeId;
        }
    }

    /** The body of a binding. */
    public static class BindingRequest {
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
        public List<RuleInfo> list(@QueryParam("plugin") String plugin) {
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
        public List<Binding> list() {
            return policy.bindings();
        }

        @PUT
        @Path("{code}")
        public Binding bind(@PathParam("code") String code, BindingRequest body) {
            return policy.bind(code, Params.body(body).plugin);
        }

        @DELETE
        @Path("{code}")
        public Response unbind(@PathParam("code") String code) {
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
        public List<ParameterValue> list(@QueryParam("plugin") String plugin, @QueryParam("nodeId") String nodeId) {
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
        public Response evaluate(EvaluationRequest body) {
            CallerContext.require(Permission.POLICY_EVALUATE);
            EvaluationRequest request = Params.body(body);
            Evaluation run = policy.evaluate(request.node(), request.plugin, request.asOf);
            return Response.created(URI.create("policy/evaluations/" + run.getId())).entity(run).build();
        }

        @GET
        public Page<Evaluation> list(@QueryParam("nodeId") String nodeId, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
            return policy.runs(Params.toLong("nodeId", nodeId), Params.page(page, size));
        }

        @GET
        @Path("{id}")
        public Evaluation get(@PathParam("id") long id) {
            return policy.run(id);
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
        public Page<Finding> history(@QueryParam("communityId") String communityId, @QueryParam("ruleId") String ruleId,
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
