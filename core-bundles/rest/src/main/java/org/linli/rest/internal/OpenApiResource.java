package org.linli.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.linli.records.RecordStore;

/** {@code /openapi.json}: the OpenAPI 3 description of this API, with every kind served now. */
@Doc(tag = "Platform")
@Path("/openapi.json")
public class OpenApiResource {
    private final OpenApiDocument document;
    private final Kinds kinds;

    OpenApiResource(OpenApiDocument document, Kinds kinds) {
        this.document = document;
        this.kinds = kinds;
    }

    @GET
    @Doc(id = "openapi", summary = "This document", answer = "OpenAPI 3 document")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode document() {
        return document(kinds.all());
    }

    ObjectNode document(List<RecordStore<?>> stores) {
        return document.build(stores);
    }
}
