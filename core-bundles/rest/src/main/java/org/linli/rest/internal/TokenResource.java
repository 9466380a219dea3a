package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Doc(tag = "Tokens")
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {
    private final Supplier<ApiTokenService> tokens;

    TokenResource(Supplier<ApiTokenService> tokens) {
        this.tokens = tokens;
    }

    /** What to issue a token for. */
    @Schema(name = "TokenRequest")
    public record Request(
            @Schema(maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED) String client,
            @Schema(description = "Territory node codes within the issuer's jurisdiction, or * for an issuer whose jurisdiction is everywhere",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<String> jurisdictions,
            @Schema(description = "What the token may do: permissions the issuer holds that an integrator may be given",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<Permission> scopes,
            @Schema(description = "When the token stops working by itself (2027-06-30T16:00:00Z); in the future; none for never")
            Instant expiresAt) {
    }

    @POST
    @Doc(id = "issueToken", summary = "Issue an API token; its secret is shown only in this answer", needs = Permission.TOKENS_MANAGE,
            status = 201, returns = IssuedToken.class, answer = "Issued", problems = {400, 503})
    public Response issue(Request request) {
        Request body = Params.body(request);
        IssuedToken issued = service().issue(body.client(), body.jurisdictions(), body.scopes(), body.expiresAt());
        return Response.status(201).entity(issued).build();
    }

    @GET
    @Doc(id = "listTokens", summary = "List integrators' API tokens (without secrets)", needs = Permission.TOKENS_MANAGE,
            answer = "All tokens, newest first", problems = 503)
    public List<ApiToken> list() {
        return service().list();
    }

    @DELETE
    @Path("{id}")
    @Doc(id = "revokeToken", summary = "Revoke a token at once", needs = Permission.TOKENS_MANAGE, answer = "Revoked", problems = {404, 503})
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
