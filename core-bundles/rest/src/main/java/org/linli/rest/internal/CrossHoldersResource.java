package org.linli.rest.internal;

import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.linli.common.ValidationException;
import org.linli.organisations.Membership;
import org.linli.organisations.OrganisationService;
import org.linli.security.CallerContext;
import org.linli.security.Permission;

/** {@code /memberships/cross-holders}: the one operation of the organisations register beyond its kinds' five. */
@Doc(tag = "Organisations")
@Path("/memberships/cross-holders")
@Produces(MediaType.APPLICATION_JSON)
public class CrossHoldersResource {
    private final OrganisationService service;

    CrossHoldersResource(OrganisationService service) {
        this.service = service;
    }

    /** Who sits in both organisations on a date (一肩挑, 交叉任职). */
    @GET
    @Doc(id = "findCrossHolders", summary = "Who sits in both organisations on a date (一肩挑, 交叉任职)", needs = Permission.ORGANISATION_READ,
            answer = "The memberships in organisationId whose person also sits in otherOrganisationId", problems = 400)
    public List<Membership> crossHolders(@QueryParam("organisationId") @Param(type = Long.class, required = true) String organisationId,
                                         @QueryParam("otherOrganisationId") @Param(type = Long.class, required = true) String otherOrganisationId,
                                         @QueryParam("on") @Param(value = "The date; today when absent", type = LocalDate.class) String on) {
        // Before the parameters' checks: a caller who may not read organisations hears 403 whatever they send.
        CallerContext.require(Permission.ORGANISATION_READ);
        Long first = Params.toLong("organisationId", organisationId);
        Long other = Params.toLong("otherOrganisationId", otherOrganisationId);
        if (first == null || other == null) {
            throw new ValidationException(first == null ? "organisationId" : "otherOrganisationId", "required",
                    "organisationId and otherOrganisationId are required");
        }
        return service.crossHolders(first, other, Params.toDate("on", on));
    }
}
