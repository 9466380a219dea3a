package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.linli.common.ValidationException;
import org.linli.security.Permission;
import org.linli.services.Dispatch;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;
import org.linli.services.StepAction;

/**
 * The operations of the service desk beyond its kinds' five: the catalogue as a file, due dates on
 * the work calendar, a request's steps, a dispatch's acknowledgement and report.
 */
@Doc(tag = "Service desk")
final class ServiceDeskResources {
    static final String CSV = "text/csv";

    private ServiceDeskResources() {
    }

    static List<Object> all(ServiceDesk desk) {
        return List.of(new CatalogueExport(desk), new CatalogueImport(desk), new Due(desk), new Steps(desk), new NextSteps(desk),
                new Acknowledgements(desk), new Reports(desk), new Open311Resource(desk));
    }

    @Path("/services/export")
    public static class CatalogueExport {
        private final ServiceDesk desk;

        CatalogueExport(ServiceDesk desk) {
            this.desk = desk;
        }

        @GET
        @Produces(CSV + ";charset=UTF-8")
        @Doc(id = "exportCatalogue", summary = "The catalogue as CSV, for any authenticated caller",
                answer = "A header line, then one service a line; lists joined by ;")
        public String exportCatalogue() {
            return desk.exportCatalogue();
        }
    }

    @Path("/services/import")
    public static class CatalogueImport {
        private final ServiceDesk desk;

        CatalogueImport(ServiceDesk desk) {
            this.desk = desk;
        }

        /** Creates or updates, by code, every service of the file: all rows or none. */
        @POST
        @Consumes(CSV)
        @Produces(MediaType.APPLICATION_JSON)
        @Doc(id = "importCatalogue", summary = "Create or update, by code, every service of a CSV file: all rows or none",
                needs = Permission.CODES_MANAGE, answer = "The services stored", problems = 400)
        public List<Service> importCatalogue(String csv) {
            return desk.importCatalogue(csv);
        }
    }

    @Path("/calendar-days/due")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Due {
        private final ServiceDesk desk;

        Due(ServiceDesk desk) {
            this.desk = desk;
        }

        /** When something received at {@code from} is due, on the work calendar. */
        @Schema(name = "Due")
        public record DueDate(LocalDateTime from, int amount, LimitUnit unit, LocalDateTime due) {
        }

        @GET
        @Doc(id = "computeDue", summary = "When something received at a time is due, on the work calendar",
                answer = "The due time: for working days, the end of the amount-th working day after the day of from", problems = 400)
        public DueDate due(@QueryParam("from") @Param(value = "Local date and time, such as 2026-09-30T10:00", required = true) String from,
                           @QueryParam("amount") @Param(type = Integer.class, required = true) String amount,
                           @QueryParam("unit") @Param(type = LimitUnit.class, required = true) String unit) {
            if (from == null || from.isBlank()) {
                throw new ValidationException("from", "required", "from is required");
            }
            LocalDateTime start;
            try {
                start = LocalDateTime.parse(from.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("from", "type", "from must be a local date and time, such as 2026-09-30T10:00");
            }
            Long count = Params.toLong("amount", amount);
            LimitUnit limitUnit = Params.toEnum("unit", unit, LimitUnit.class);
            if (count == null || limitUnit == null) {
                throw new ValidationException(count == null ? "amount" : "unit", "required", "amount and unit are required");
            }
            int clamped = (int) Math.max(0, Math.min(Integer.MAX_VALUE, count));
            return new DueDate(start, clamped, limitUnit, desk.due(start, clamped, limitUnit));
        }
    }

    @Path("/requests/{id}/steps")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Steps {
        private final ServiceDesk desk;

        Steps(ServiceDesk desk) {
            this.desk = desk;
        }

        @POST
        @Doc(id = "takeRequestStep", summary = "Take a step: ACCEPT (the caller becomes the owner), START, COMPLETE, NOTIFY, CLOSE, REJECT",
                needs = Permission.REQUEST_WRITE, answer = "The request as it now stands", problems = {400, 404, 409})
        public Request step(@PathParam("id") long id, RequestStep step) {
            return desk.step(id, Params.body(step));
        }

        @GET
        @Doc(id = "getRequestHistory", summary = "A request's steps, oldest first", needs = Permission.REQUEST_READ, answer = "The steps",
                problems = 404)
        public List<RequestStep> history(@PathParam("id") long id) {
            return desk.history(id);
        }
    }

    @Path("/requests/{id}/next-steps")
    @Produces(MediaType.APPLICATION_JSON)
    public static class NextSteps {
        private final ServiceDesk desk;

        NextSteps(ServiceDesk desk) {
            this.desk = desk;
        }

        @GET
        @Doc(id = "getRequestNextSteps", summary = "The steps the caller may take on the request now; none for a caller who may only read",
                needs = Permission.REQUEST_READ, answer = "The steps' actions", problems = 404)
        public List<StepAction> nextSteps(@PathParam("id") long id) {
            return desk.nextSteps(id);
        }
    }

    @Path("/dispatches/{id}/acknowledgement")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Acknowledgements {
        private final ServiceDesk desk;

        Acknowledgements(ServiceDesk desk) {
            this.desk = desk;
        }

        @POST
        @Doc(id = "acknowledgeDispatch", summary = "Record that the department acknowledged the dispatch (报到)",
                needs = Permission.REQUEST_WRITE, answer = "The dispatch", problems = {404, 409})
        public Dispatch acknowledge(@PathParam("id") long id) {
            return desk.acknowledge(id);
        }
    }

    @Path("/dispatches/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Reports {
        private final ServiceDesk desk;

        Reports(ServiceDesk desk) {
            this.desk = desk;
        }

        /** The department's report back. */
        @Schema(name = "DispatchReport")
        public record Report(@Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String report) {
        }

        @POST
        @Doc(id = "reportDispatch", summary = "Record the department's report back", needs = Permission.REQUEST_WRITE,
                answer = "The dispatch", problems = {400, 404, 409})
        public Dispatch report(@PathParam("id") long id, Report report) {
            return desk.report(id, Params.body(report).report());
        }
    }
}
