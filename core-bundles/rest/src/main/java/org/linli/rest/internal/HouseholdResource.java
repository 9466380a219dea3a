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
import org.linli.security.Permission;

/** {@code /households}: the register of households. */
@Doc(tag = "Residents")
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {
    private final HouseholdService households;

    HouseholdResource(HouseholdService households) {
        this.households = households;
    }

    @POST
    @Doc(id = "createHousehold", summary = "Create a household", needs = Permission.RESIDENT_WRITE, status = 201, returns = Household.class,
            answer = "Created; Location names the new resource", problems = {400, 409})
    public Response create(Household household, @Context UriInfo uri) {
        Household created = households.create(Params.body(household));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    @Doc(id = "searchHouseholds", summary = "Search households", needs = Permission.RESIDENT_READ, answer = "One page of households", problems = 400)
    public Page<Household> search(@QueryParam("number") @Param("Exactly this household number") String number,
                                  @QueryParam("nodeId") @Param(value = "Registered at a dwelling under this territory node", type = Long.class) String nodeId,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return households.search(new HouseholdQuery(number, Params.toLong("nodeId", nodeId)), Params.page(page, size));
    }

    @GET
    @Path("{id}")
    @Doc(id = "getHousehold", summary = "Read one", needs = Permission.RESIDENT_READ, answer = "Found", problems = 404)
    public Household get(@PathParam("id") long id) {
        return households.get(id);
    }

    @PUT
    @Path("{id}")
    @Doc(id = "updateHousehold", summary = "Replace the writable fields", needs = Permission.RESIDENT_WRITE, answer = "Updated",
            problems = {400, 404, 409})
    public Household update(@PathParam("id") long id, Household household) {
        return households.update(id, Params.body(household));
    }

    @DELETE
    @Path("{id}")
    @Doc(id = "deleteHousehold", summary = "Delete", needs = Permission.RESIDENT_WRITE, answer = "Deleted", problems = {404, 409})
    public Response delete(@PathParam("id") long id) {
        households.delete(id);
        return Response.noContent().build();
    }
}
