package org.linli.rest.internal;

import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /openapi.json}: the OpenAPI 3 description of this API, kept beside the resources it describes. */
@Path("/openapi.json")
public class OpenApiResource {
    static final String DOCUMENT = "openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InputStream document() {
        return OpenApiResource.class.getResourceAsStream(DOCUMENT);
    }
}
