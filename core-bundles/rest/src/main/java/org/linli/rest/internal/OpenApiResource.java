package org.linli.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /openapi.json}: the OpenAPI 3 description of this API, with every kind served now. */
@Path("/openapi.json")
public class OpenApiResource {
    private final OpenApiDocument document;
    private final Kinds kinds;

    OpenApiResource(OpenApiDocument document, Kinds kinds) {
        this.document = document;
        this.kinds = kinds;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode document() {
        return document.build(kinds.all());
    }
}
