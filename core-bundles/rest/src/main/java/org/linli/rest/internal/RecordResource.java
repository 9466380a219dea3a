package org.linli.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.linli.common.Identified;
import org.linli.common.Page;
import org.linli.common.Records;
import org.linli.common.ValidationException;

/**
 * The five operations every kind of record has: create, search, read, replace, delete. A
 * search takes the record kind's filters as query parameters beside {@code page} and {@code size}.
 *
 * @param <T> the record
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
abstract class RecordResource<T extends Identified> {
    private final Records<T> records;

    RecordResource(Records<T> records) {
        this.records = records;
    }

    @POST
    public Response create(T record, @Context UriInfo uri) {
        T created = records.create(Params.body(record));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    public Page<T> search(@Context UriInfo uri) {
        Map<String, String> filters = new LinkedHashMap<>();
        String page = null;
        String size = null;
        for (Map.Entry<String, List<String>> param : uri.getQueryParameters().entrySet()) {
            if (param.getValue().size() > 1) {
                throw new ValidationException(param.getKey(), "repeated", param.getKey() + " is given more than once");
            }
            String value = param.getValue().get(0);
            switch (param.getKey()) {
                case "page" -> page = value;
                case "size" -> size = value;
                default -> filters.put(param.getKey(), value);
            }
        }
        return records.search(filters, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public T get(@PathParam("id") long id) {
        return records.get(id);
    }

    @PUT
    @Path("{id}")
    public T update(@PathParam("id") long id, T record) {
        return records.update(id, Params.body(record));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        records.delete(id);
        return Response.noContent().build();
    }
}
