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
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;

/** {@code /territory/nodes}: the territory tree. */
@Path("/territory/nodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerritoryResource {
    private final TerritoryService territory;

    TerritoryResource(TerritoryService territory) {
        this.territory = territory;
    }

    @POST
    public Response create(TerritoryNode node, @Context UriInfo uri) {
        TerritoryNode created = territory.create(Params.body(node));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    public Page<TerritoryNode> search(@QueryParam("parentId") String parentId, @QueryParam("withinId") String withinId,
                                      @QueryParam("level") String level, @QueryParam("code") String code,
                                      @QueryParam("name") String name,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        TerritoryQuery query = new TerritoryQuery(Params.toLong("parentId", parentId), Params.toLong("withinId", withinId),
                Params.toEnum("level", level, TerritoryLevel.class), code, name);
        return territory.search(query, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public TerritoryNode get(@PathParam("id") long id) {
        return territory.get(id);
    }

    @PUT
    @Path("{id}")
    public TerritoryNode update(@PathParam("id") long id, TerritoryNode node) {
        return territory.update(id, Params.body(node));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        territory.delete(id);
        return Response.noContent().build();
    }
}
