package org.linli.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.linli.common.Page;
import org.linli.residents.Household;
import org.linli.residents.HouseholdQuery;
import org.linli.residents.HouseholdService;

/** {@code /households}: the register of households. */
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {
    private final HouseholdService households;

    HouseholdResource(HouseholdService households) {
        this.households = households;
    }

    @POST
    public Response create(Household household, @Context UriInfo uri) {
        Household created = households.create(Params.body(household));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    public Page<Household> search(@QueryParam("number") String number, @QueryParam("nodeId") String nodeId,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return households.search(new HouseholdQuery(number, Params.toLong("nodeId", nodeId)), Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public Household get(@PathParam("id") long id) {
        return households.get(id);
    }

    @PUT
    @Path("{id}")
    public Household update(@PathParam("id") long id, Household household) {
        return households.update(id, Params.body(household));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        households.delete(id);
        return Response.noContent().build();
    }
}
