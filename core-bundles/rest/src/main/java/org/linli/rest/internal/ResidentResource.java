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
import org.linli.residents.Resident;
import org.linli.residents.ResidentQuery;
import org.linli.residents.ResidentService;

/** {@code /residents}: the register of residents. */
@Path("/residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentResource {
    private final ResidentService residents;

    ResidentResource(ResidentService residents) {
        this.residents = residents;
    }

    @POST
    public Response create(Resident resident, @Context UriInfo uri) {
        Resident created = residents.create(Params.body(resident));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    public Page<Resident> search(@QueryParam("name") String name, @QueryParam("idNumber") String idNumber,
                                 @QueryParam("householdId") String householdId, @QueryParam("nodeId") String nodeId,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        ResidentQuery query = new ResidentQuery(name, idNumber, Params.toLong("householdId", householdId),
                Params.toLong("nodeId", nodeId));
        return residents.search(query, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public Resident get(@PathParam("id") long id) {
        return residents.get(id);
    }

    /** The reason for looking at a resident's personal data, which goes into the audit log. */
    public record Reveal(String reason) {
    }

    @POST
    @Path("{id}/reveal")
    public Resident reveal(@PathParam("id") long id, Reveal reveal) {
        return residents.reveal(id, Params.body(reveal).reason());
    }

    @PUT
    @Path("{id}")
    public Resident update(@PathParam("id") long id, Resident resident) {
        return residents.update(id, Params.body(resident));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        residents.delete(id);
        return Response.noContent().build();
    }
}
