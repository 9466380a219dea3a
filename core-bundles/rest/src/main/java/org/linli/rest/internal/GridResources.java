package org.linli.rest.internal;

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

/** The grid validator and planner: reports, plans proposed, plans applied. */
final class GridResources {
    private GridResources() {
    }

    static List<Object> all(GridPlanner planner) {
        return List.of(new Reports(planner), new Plans(planner));
    }

    /** The body of a proposal. */
    public static class ProposalRequest {
        public Long nodeId;
        public Integer minHouseholds;
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
        public List<GridReport> report(@QueryParam("nodeId") String nodeId, @QueryParam("minHouseholds") String min,
                                       @QueryParam("maxHouseholds") String max) {
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
        public Response propose(ProposalRequest body) {
            ProposalRequest request = Params.body(body);
            List<GridPlan> plans = planner.propose(required("nodeId", request.nodeId), request.minHouseholds, request.maxHouseholds);
            return Response.status(Response.Status.CREATED).entity(plans).build();
        }

        @GET
        public List<GridPlan> list(@QueryParam("communityId") String communityId) {
            return planner.plans(required("communityId", Params.toLong("communityId", communityId)));
        }

        @GET
        @Path("{id}")
        public GridPlan get(@PathParam("id") long id) {
            return planner.plan(id);
        }

        @POST
        @Path("{id}/application")
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
