package org.linli.rest.internal;

import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.linli.common.NotFoundException;
import org.linli.security.SignInLocks;

/**
 * {@code /sign-in-locks}: accounts and addresses locked after too many failed sign-ins, for an
 * administrator of the whole territory to see and lift.
 */
@Path("/sign-in-locks")
@Produces(MediaType.APPLICATION_JSON)
public class SignInLockResource {
    private final SignInLocks locks;

    SignInLockResource(SignInLocks locks) {
        this.locks = locks;
    }

    @GET
    public List<SignInLocks.Lock> current() {
        return locks.current();
    }

    @DELETE
    @Path("{kind}/{name}")
    public Response lift(@PathParam("kind") String kind, @PathParam("name") String name) {
        if (!locks.lift(kind, name)) {
            throw new NotFoundException("id", "sign-in lock", kind + "/" + name);
        }
        return Response.noContent().build();
    }
}
