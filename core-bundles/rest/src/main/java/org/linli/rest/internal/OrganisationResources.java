package org.linli.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import org.linli.common.ValidationException;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Document;
import org.linli.organisations.Election;
import org.linli.organisations.Facility;
import org.linli.organisations.Inspection;
import org.linli.organisations.Meeting;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationService;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.organisations.Spending;
import org.linli.organisations.Talent;
import org.linli.organisations.Term;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;
import org.linli.security.CallerContext;
import org.linli.security.Permission;

/** The register of organisations: one resource per kind of record. */
final class OrganisationResources {
    private OrganisationResources() {
    }

    static List<Object> all(OrganisationService service) {
        return List.of(new Organisations(service), new Terms(service), new Memberships(service), new Elections(service),
                new Meetings(service), new Facilities(service), new Documents(service), new BudgetLines(service),
                new Spendings(service), new Inspections(service), new Talents(service), new VentureContests(service),
                new VentureProjects(service), new VentureActivities(service), new ServiceOffers(service), new ServiceOrders(service));
    }

    @Path("/organisations")
    public static class Organisations extends RecordResource<Organisation> {
        Organisations(OrganisationService service) {
            super(service.organisations());
        }
    }

    @Path("/terms")
    public static class Terms extends RecordResource<Term> {
        Terms(OrganisationService service) {
            super(service.terms());
        }
    }

    @Path("/memberships")
    public static class Memberships extends RecordResource<Membership> {
        private final OrganisationService service;

        Memberships(OrganisationService service) {
            super(service.memberships());
            this.service = service;
        }

        /** Who sits in both organisations on a date (一肩挑, 交叉任职). */
        @GET
        @Path("cross-holders")
        public List<Membership> crossHolders(@QueryParam("organisationId") String organisationId,
                                             @QueryParam("otherOrganisationId") String otherOrganisationId,
                                             @QueryParam("on") String on) {
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

    @Path("/elections")
    public static class Elections extends RecordResource<Election> {
        Elections(OrganisationService service) {
            super(service.elections());
        }
    }

    @Path("/meetings")
    public static class Meetings extends RecordResource<Meeting> {
        Meetings(OrganisationService service) {
            super(service.meetings());
        }
    }

    @Path("/facilities")
    public static class Facilities extends RecordResource<Facility> {
        Facilities(OrganisationService service) {
            super(service.facilities());
        }
    }

    @Path("/documents")
    public static class Documents extends RecordResource<Document> {
        Documents(OrganisationService service) {
            super(service.documents());
        }
    }

    @Path("/budget-lines")
    public static class BudgetLines extends RecordResource<BudgetLine> {
        BudgetLines(OrganisationService service) {
            super(service.budgetLines());
        }
    }

    @Path("/spendings")
    public static class Spendings extends RecordResource<Spending> {
        Spendings(OrganisationService service) {
            super(service.spendings());
        }
    }

    @Path("/inspections")
    public static class Inspections extends RecordResource<Inspection> {
        Inspections(OrganisationService service) {
            super(service.inspections());
        }
    }

    @Path("/talents")
    public static class Talents extends RecordResource<Talent> {
        Talents(OrganisationService service) {
            super(service.talents());
        }
    }

    @Path("/venture-contests")
    public static class VentureContests extends RecordResource<VentureContest> {
        VentureContests(OrganisationService service) {
            super(service.ventureContests());
        }
    }

    @Path("/venture-projects")
    public static class VentureProjects extends RecordResource<VentureProject> {
        VentureProjects(OrganisationService service) {
            super(service.ventureProjects());
        }
    }

    @Path("/venture-activities")
    public static class VentureActivities extends RecordResource<VentureActivity> {
        VentureActivities(OrganisationService service) {
            super(service.ventureActivities());
        }
    }

    @Path("/service-offers")
    public static class ServiceOffers extends RecordResource<ServiceOffer> {
        ServiceOffers(OrganisationService service) {
            super(service.serviceOffers());
        }
    }

    @Path("/service-orders")
    public static class ServiceOrders extends RecordResource<ServiceOrder> {
        ServiceOrders(OrganisationService service) {
            super(service.serviceOrders());
        }
    }
}
