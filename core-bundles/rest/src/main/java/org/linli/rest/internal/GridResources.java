package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.linli.common.ValidationException;
import org.linli.grids.GridPlan;
import org.linli.grids.GridPlanner;
import org.linli.grids.GridReport;
import org.linli.security.Permission;

/** The grid validator and planner: reports, plans proposed, plans applied. */
@Doc(tag = "Grids")
final class GridResources {
    private GridResources() {
    }

    static List<Object> all(GridPlanner planner) {
        return List.of(new Reports(planner), new Plans(planner));
    }

    /** The body of a proposal. */
    public static class ProposalRequest {
        @Schema(description = "A community, or a street, district or city above communities", requiredMode = Schema.RequiredMode.REQUIRED)
        public Long nodeId;
        @Schema(description = "Fewest households in a grid; the configured default when absent", minimum = "1")
        public Integer minHouseholds;
        @Schema(description = "Most households in a grid; the configured default when absent", minimum = "1")
        public Integer maxHouseholds;
    }

    @Path("/grids/reports")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Reports {
        private final GridPlanner planner;

        Reports(GridPlanner planner) {
            this.planner = planner;
        }

        @GET
        @Doc(id = "reportGrids", summary = "Check the grids of a community, or of every community under a street or district: households "
                + "per grid against the bounds, households outside grids", needs = Permission.TERRITORY_READ, answer = "One report per community",
                problems = {400, 404})
        public List<GridReport> report(
                @QueryParam("nodeId") @Param(value = "A community, or a street, district or city above communities", type = Long.class,
                        required = true) String nodeId,
                @QueryParam("minHouseholds") @Param(value = "Fewest households in a grid; etc/org.linli.grids.cfg when absent (250)",
                        type = Integer.class, minimum = 1) String min,
                @QueryParam("maxHouseholds") @Param(value = "Most households in a grid; etc/org.linli.grids.cfg when absent (300)",
                        type = Integer.class, minimum = 1) String max) {
            return planner.report(required("nodeId", Params.toLong("nodeId", nodeId)), integer("minHouseholds", min),
                    integer("maxHouseholds", max));
        }
    }

    @Path("/grids/plans")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Plans {
        private final GridPlanner planner;

        Plans(GridPlanner planner) {
            this.planner = planner;
        }

        /** One plan per community; nothing but the plans is stored. */
        @POST
        @Doc(id = "proposeGridPlans", summary = "Propose and store one grid plan per community under the node; the territory is not changed",
                needs = Permission.TERRITORY_READ, status = 201, returns = GridPlan.class, list = true,
                answer = "The plans, one per community; an earlier plan of the same community not applied becomes STALE", problems = {400, 404})
        public Response propose(ProposalRequest body) {
            ProposalRequest request = Params.body(body);
            List<GridPlan> plans = planner.propose(required("nodeId", request.nodeId), request.minHouseholds, request.maxHouseholds);
            return Response.status(Response.Status.CREATED).entity(plans).build();
        }

        @GET
        @Doc(id = "listGridPlans", summary = "The plans of one community, newest first: its history of grid changes",
                needs = Permission.TERRITORY_READ, answer = "The plans", problems = {400, 404})
        public List<GridPlan> list(@QueryParam("communityId") @Param(type = Long.class, required = true) String communityId) {
            return planner.plans(required("communityId", Params.toLong("communityId", communityId)));
        }

        @GET
        @Path("{id}")
        @Doc(id = "getGridPlan", summary = "One grid plan", needs = Permission.TERRITORY_READ, answer = "The plan", problems = 404)
        public GridPlan get(@PathParam("id") long id) {
            return planner.plan(id);
        }

        @POST
        @Path("{id}/application")
        @Doc(id = "applyGridPlan", summary = "Apply a proposed plan in one transaction: create grids, move buildings whole, close grids merged "
                + "away, end and make grid workers' assignments", needs = {Permission.TERRITORY_WRITE, Permission.STAFF_WRITE},
                answer = "The plan, APPLIED, with the ids of the grids created", problems = {404, 409})
        public GridPlan apply(@PathParam("id") long id) {
            return planner.apply(id);
        }
    }

    private static long required(String name, Long value) {
        if (value == null) {
            throw new ValidationException(name, "required", name + " is required");
        }
        return value;
    }

    private static Integer integer(String name, String value) {
        Long number = Params.toLong(name, value);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            throw new ValidationException(name, "range", name + " is too large");
        }
        return number == null ? null : number.intValue();
    }
}
