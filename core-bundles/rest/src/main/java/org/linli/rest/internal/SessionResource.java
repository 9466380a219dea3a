package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.security.Sessions;

/**
 * {@code /session}: the web console's session. The console signs in by calling {@code POST} with
 * its user's password as HTTP Basic, once; the answer sets the session's cookie (HttpOnly,
 * SameSite=Strict, Secure on HTTPS) and tells the anti-forgery token that every later write
 * repeats. The password is not kept in the browser.
 */
@Doc(tag = "Session")
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final Supplier<Sessions> sessions;

    SessionResource(Supplier<Sessions> sessions) {
        this.sessions = sessions;
    }

    @Schema(description = "Who is signed in, and what the console shows them by.")
    public record SignedIn(
            String user,
            List<String> roles,
            @Schema(description = "Codes of the territory nodes of the caller's jurisdiction; * for everywhere") List<String> jurisdictions,
            @Schema(description = "What the caller may do") List<Permission> permissions,
            @Schema(description = "The session's anti-forgery token, to repeat in X-CSRF-Token on every write; absent without a session")
            String csrf,
            @Schema(description = "Minutes the session may go unused; absent without a session") Long idleMinutes) {

        static SignedIn of(Caller caller, Sessions.Session session) {
            return new SignedIn(caller.user(), caller.roles().stream().map(Enum::name).sorted().toList(),
                    caller.jurisdictions().stream().sorted().toList(),
                    Arrays.stream(Permission.values()).filter(caller::may).toList(),
                    session == null ? null : session.csrf(), session == null ? null : session.idleTimeout().toMinutes());
        }
    }

    @POST
    @Doc(id = "signIn", summary = "Open a console session for the caller, who signed in with their password as HTTP Basic",
            status = 201, returns = SignedIn.class, answer = "Signed in; Set-Cookie holds the session", problems = 503)
    public Response open(@Context UriInfo uri) {
        Caller caller = CallerContext.current();
        Sessions.Session session = service().open(caller);
        return Response.status(Response.Status.CREATED).header("Set-Cookie", cookie(session.id(), uri))
                .entity(SignedIn.of(caller, session)).build();
    }

    @GET
    @Doc(id = "getSession", summary = "Who is signed in, with the session's anti-forgery token", answer = "The caller")
    public SignedIn current(@CookieParam(Sessions.COOKIE) @Param("The session, which the browser sends by itself") String id) {
        Sessions service = sessions.get();
        Sessions.Session session = id == null || service == null ? null : service.resume(id).orElse(null);
        return SignedIn.of(CallerContext.current(), session);
    }

    @DELETE
    @Doc(id = "signOut", summary = "End the session the cookie names", answer = "Signed out; the cookie is cleared")
    public Response close(@CookieParam(Sessions.COOKIE) @Param("The session, which the browser sends by itself") String id,
                          @Context UriInfo uri) {
        Sessions service = sessions.get();
        if (service != null) {
            service.close(id);
        }
        return Response.noContent().header("Set-Cookie", cookie("", uri) + "; Max-Age=0").build();
    }

    private Sessions service() {
        Sessions service = sessions.get();
        if (service == null) {
            throw new ServiceUnavailableException("console sessions are not running");
        }
        return service;
    }

    /** The cookie: for the API only, out of the page's scripts' reach, never sent by another site's page. */
    private static String cookie(String value, UriInfo uri) {
        return Sessions.COOKIE + "=" + value + "; Path=/api; HttpOnly; SameSite=Strict"
                + ("https".equals(uri.getBaseUri().getScheme()) ? "; Secure" : "");
    }
}
