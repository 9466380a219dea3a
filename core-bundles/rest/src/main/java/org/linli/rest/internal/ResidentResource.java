package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
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
import org.linli.security.Permission;

/** {@code /residents}: the register of residents. */
@Doc(tag = "Residents")
@Path("/residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentResource {
    private final ResidentService residents;

    ResidentResource(ResidentService residents) {
        this.residents = residents;
    }

    @POST
    @Doc(id = "createResident", summary = "Create a resident", needs = Permission.RESIDENT_WRITE, status = 201, returns = Resident.class,
            answer = "Created; Location names the new resource", problems = {400, 409})
    public Response create(Resident resident, @Context UriInfo uri) {
        Resident created = residents.create(Params.body(resident));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    @Doc(id = "searchResidents", summary = "Search residents", needs = Permission.RESIDENT_READ, answer = "One page of residents", problems = 400)
    public Page<Resident> search(@QueryParam("name") @Param("Name starts with") String name,
                                 @QueryParam("idNumber") @Param("Exactly this ID number") String idNumber,
                                 @QueryParam("householdId") @Param(value = "Members of this household", type = Long.class) String householdId,
                                 @QueryParam("nodeId") @Param(value = "Registered or living under this territory node", type = Long.class) String nodeId,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        ResidentQuery query = new ResidentQuery(name, idNumber, Params.toLong("householdId", householdId),
                Params.toLong("nodeId", nodeId));
        return residents.search(query, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    @Doc(id = "getResident", summary = "Read one", needs = Permission.RESIDENT_READ, answer = "Found", problems = 404)
    public Resident get(@PathParam("id") long id) {
        return residents.get(id);
    }

    /** The reason for looking at a resident's personal data, which goes into the audit log. */
    public record Reveal(@Schema(description = "Why the personal data is needed; stored in the audit log", maxLength = 200,
            requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    @POST
    @Path("{id}/reveal")
    @Doc(id = "revealResident", summary = "Read a resident unmasked, giving a reason that is audited", needs = Permission.RESIDENT_REVEAL,
            answer = "The resident with ID number and phone unmasked", problems = {400, 404})
    public Resident reveal(@PathParam("id") long id, Reveal reveal) {
        return residents.reveal(id, Params.body(reveal).reason());
    }

    @PUT
    @Path("{id}")
    @Doc(id = "updateResident", summary = "Replace the writable fields", needs = Permission.RESIDENT_WRITE, answer = "Updated",
            problems = {400, 404, 409})
    public Resident update(@PathParam("id") long id, Resident resident) {
        return residents.update(id, Params.body(resident));
    }

    @DELETE
    @Path("{id}")
    @Doc(id = "deleteResident", summary = "Delete", needs = Permission.RESIDENT_WRITE, answer = "Deleted", problems = {404, 409})
    public Response delete(@PathParam("id") long id) {
        residents.delete(id);
        return Response.noContent().build();
    }
}
