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
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;

/** {@code /territory/nodes}: the territory tree. */
@Doc(tag = "Territory")
@Path("/territory/nodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerritoryResource {
    private final TerritoryService territory;

    TerritoryResource(TerritoryService territory) {
        this.territory = territory;
    }

    @POST
    @Doc(id = "createTerritoryNode", summary = "Create a territory node", needs = Permission.TERRITORY_WRITE, status = 201,
            returns = TerritoryNode.class, answer = "Created; Location names the new resource", problems = {400, 409})
    public Response create(TerritoryNode node, @Context UriInfo uri) {
        TerritoryNode created = territory.create(Params.body(node));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    @Doc(id = "searchTerritoryNodes", summary = "Search territory nodes", needs = Permission.TERRITORY_READ,
            answer = "One page of territory nodes", problems = 400)
    public Page<TerritoryNode> search(@QueryParam("parentId") @Param(value = "Direct children of this node", type = Long.class) String parentId,
                                      @QueryParam("withinId") @Param(value = "Anywhere under this node", type = Long.class) String withinId,
                                      @QueryParam("level") @Param(value = "Only this level", type = TerritoryLevel.class) String level,
                                      @QueryParam("code") @Param("Exactly this code") String code,
                                      @QueryParam("name") @Param("Name starts with") String name,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        TerritoryQuery query = new TerritoryQuery(Params.toLong("parentId", parentId), Params.toLong("withinId", withinId),
                Params.toEnum("level", level, TerritoryLevel.class), code, name);
        return territory.search(query, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    @Doc(id = "getTerritoryNode", summary = "Read one", needs = Permission.TERRITORY_READ, answer = "Found", problems = 404)
    public TerritoryNode get(@PathParam("id") long id) {
        return territory.get(id);
    }

    @PUT
    @Path("{id}")
    @Doc(id = "updateTerritoryNode", summary = "Replace the writable fields", needs = Permission.TERRITORY_WRITE, answer = "Updated",
            problems = {400, 404, 409})
    public TerritoryNode update(@PathParam("id") long id, TerritoryNode node) {
        return territory.update(id, Params.body(node));
    }

    @DELETE
    @Path("{id}")
    @Doc(id = "deleteTerritoryNode", summary = "Delete a node with nothing under it and nothing referring to it",
            needs = Permission.TERRITORY_WRITE, answer = "Deleted", problems = {404, 409})
    public Response delete(@PathParam("id") long id) {
        territory.delete(id);
        return Response.noContent().build();
    }
}
