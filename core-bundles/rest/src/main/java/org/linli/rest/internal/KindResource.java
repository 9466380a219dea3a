package org.linli.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.BadRequestException;
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
import org.linli.common.ValidationException;
import org.linli.records.RecordStore;

/**
 * The five operations of every kind of record that a {@link org.linli.records.Register} keeps,
 * at {@code /{kind}} and {@code /{kind}/{id}}: create, search, read, replace, delete. A search
 * takes the kind's filters as query parameters beside {@code page} and {@code size}, or
 * {@code after} and {@code size} for a page given by the id it follows. A kind's
 * special operations (steps, status changes…) are resources of their own at longer paths, which
 * JAX-RS prefers to this one.
 */
@Path("/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KindResource {
    private final Kinds kinds;
    private final ObjectMapper json;

    KindResource(Kinds kinds, ObjectMapper json) {
        this.kinds = kinds;
        this.json = json;
    }

    @POST
    public Response create(@PathParam("kind") String kind, InputStream body, @Context UriInfo uri) {
        RecordStore<Identified> store = store(kind);
        Identified created = store.create(read(store, body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(created).build();
    }

    @GET
    public Page<?> search(@PathParam("kind") String kind, @Context UriInfo uri) {
        RecordStore<Identified> store = store(kind);
        Map<String, String> filters = new LinkedHashMap<>();
        String page = null;
        String size = null;
        String after = null;
        for (Map.Entry<String, List<String>> param : uri.getQueryParameters().entrySet()) {
            if (param.getValue().size() > 1) {
                throw new ValidationException(param.getKey(), "repeated", param.getKey() + " is given more than once");
            }
            String value = param.getValue().get(0);
            switch (param.getKey()) {
                case "page" -> page = value;
                case "size" -> size = value;
                case "after" -> after = value;
                default -> filters.put(param.getKey(), value);
            }
        }
        return store.search(filters, Params.page(page, size, after));
    }

    @GET
    @Path("{id}")
    public Identified get(@PathParam("kind") String kind, @PathParam("id") long id) {
        return store(kind).get(id);
    }

    @PUT
    @Path("{id}")
    public Identified update(@PathParam("kind") String kind, @PathParam("id") long id, InputStream body) {
        RecordStore<Identified> store = store(kind);
        return store.update(id, read(store, body));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("kind") String kind, @PathParam("id") long id) {
        store(kind).delete(id);
        return Response.noContent().build();
    }

    /** The store of {@code kind}, the path parameter; a resource at a kind's fixed path names its own. */
    @SuppressWarnings("unchecked")
    RecordStore<Identified> store(String kind) {
        return (RecordStore<Identified>) kinds.get(kind);
    }

    /** The body as the kind's bean, read as strictly as every other body ({@link RestEndpoint#objectMapper()}). */
    private Identified read(RecordStore<Identified> store, InputStream body) {
        try {
            byte[] bytes = body.readAllBytes();
            Object record = new String(bytes, StandardCharsets.UTF_8).isBlank() ? null
                    : json.readValue(bytes, store.description().bean());
            return (Identified) Params.body(record);
        } catch (IOException e) {
            throw new BadRequestException(e);
        }
    }
}
