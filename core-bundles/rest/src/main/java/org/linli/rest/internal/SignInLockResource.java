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
import org.linli.security.Permission;
import org.linli.security.SignInLocks;

/**
 * {@code /sign-in-locks}: accounts and addresses locked after too many failed sign-ins, for an
 * administrator of the whole territory to see and lift.
 */
@Doc(tag = "Tokens")
@Path("/sign-in-locks")
@Produces(MediaType.APPLICATION_JSON)
public class SignInLockResource {
    private final SignInLocks locks;

    SignInLockResource(SignInLocks locks) {
        this.locks = locks;
    }

    @GET
    @Doc(id = "listSignInLocks", summary = "Accounts and addresses locked after too many failed sign-ins", needs = Permission.USERS_MANAGE,
            answer = "The locks in force, the latest to end first")
    public List<SignInLocks.Lock> current() {
        return locks.current();
    }

    @DELETE
    @Path("{kind}/{name}")
    @Doc(id = "liftSignInLock", summary = "Lift a sign-in lock at once (audited)", needs = Permission.USERS_MANAGE, answer = "Lifted",
            problems = {400, 404})
    public Response lift(@PathParam("kind") @Param(values = {"user", "address"}) String kind,
                         @PathParam("name") @Param("The user name or the address") String name) {
        if (!locks.lift(kind, name)) {
            throw new NotFoundException("id", "sign-in lock", kind + "/" + name);
        }
        return Response.noContent().build();
    }
}
