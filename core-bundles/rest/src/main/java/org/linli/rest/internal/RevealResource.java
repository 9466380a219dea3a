package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;
import org.linli.security.Permission;

/**
 * {@code /residents/{id}/reveal}: the one operation of the residents register beyond its kinds'
 * five, a resident's personal data unmasked for a reason that goes into the audit log.
 */
@Doc(tag = "Residents")
@Path("/residents/{id}/reveal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevealResource {
    private final ResidentService residents;

    RevealResource(ResidentService residents) {
        this.residents = residents;
    }

    /** The reason for looking at a resident's personal data, which goes into the audit log. */
    public record Reveal(@Schema(description = "Why the personal data is needed; stored in the audit log", maxLength = 200,
            requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    @POST
    @Doc(id = "revealResident", summary = "Read a resident unmasked, giving a reason that is audited", needs = Permission.RESIDENT_REVEAL,
            answer = "The resident with ID number and phone unmasked", problems = {400, 404})
    public Resident reveal(@PathParam("id") long id, Reveal reveal) {
        return residents.reveal(id, Params.body(reveal).reason());
    }
}
