package org.linli.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.linli.apitokens.ApiToken;
import org.linli.apitokens.ApiTokenService;
import org.linli.apitokens.IssuedToken;
import org.linli.security.Permission;

/** {@code /tokens}: integrators' API tokens, for administrators. A secret is shown once, on issue. */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {
    private final Supplier<ApiTokenService> tokens;

    TokenResource(Supplier<ApiTokenService> tokens) {
        this.tokens = tokens;
    }

    /** What to issue a token for. */
    public record Request(String client, List<String> jurisdictions, List<Permission> scopes, Instant expiresAt) {
    }

    @POST
    public Response issue(Request request) {
        Request body = Params.body(request);
        IssuedToken issued = service().issue(body.client(), body.jurisdictions(), body.scopes(), body.expiresAt());
        return Response.status(201).entity(issued).build();
    }

    @GET
    public List<ApiToken> list() {
        return service().list();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        service().revoke(id);
        return Response.noContent().build();
    }

    private ApiTokenService service() {
        ApiTokenService service = tokens.get();
        if (service == null) {
            throw new ServiceUnavailableException("API tokens are not installed");
        }
        return service;
    }
}
