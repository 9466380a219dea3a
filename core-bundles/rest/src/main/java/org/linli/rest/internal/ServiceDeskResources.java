package org.linli.rest.internal;

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
import org.linli.common.ValidationException;
import org.linli.services.CalendarDay;
import org.linli.services.Dispatch;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;

/** The service desk: the catalogue, the work calendar, requests and their dispatch. */
final class ServiceDeskResources {
    static final String CSV = "text/csv";

    private ServiceDeskResources() {
    }

    static List<Object> all(ServiceDesk desk) {
        return List.of(new Services(desk), new CalendarDays(desk), new Requests(desk), new Dispatches(desk), new Open311Resource(desk));
    }

    @Path("/services")
    public static class Services extends RecordResource<Service> {
        private final ServiceDesk desk;

        Services(ServiceDesk desk) {
            super(desk.services());
            this.desk = desk;
        }

        @GET
        @Path("export")
        @Produces(CSV + ";charset=UTF-8")
        public String exportCatalogue() {
            return desk.exportCatalogue();
        }

        /** Creates or updates, by code, every service of the file: all rows or none. */
        @POST
        @Path("import")
        @Consumes(CSV)
        public List<Service> importCatalogue(String csv) {
            return desk.importCatalogue(csv);
        }
    }

    @Path("/calendar-days")
    public static class CalendarDays extends RecordResource<CalendarDay> {
        private final ServiceDesk desk;

        CalendarDays(ServiceDesk desk) {
            super(desk.calendar());
            this.desk = desk;
        }

        /** When something received at {@code from} is due, on the work calendar. */
        public record Due(LocalDateTime from, int amount, LimitUnit unit, LocalDateTime due) {
        }

        @GET
        @Path("due")
        public Due due(@QueryParam("from") String from, @QueryParam("amount") String amount, @QueryParam("unit") String unit) {
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
            return new Due(start, clamped, limitUnit, desk.due(start, clamped, limitUnit));
        }
    }

    @Path("/requests")
    public static class Requests extends RecordResource<Request> {
        private final ServiceDesk desk;

        Requests(ServiceDesk desk) {
            super(desk.requests());
            this.desk = desk;
        }

        @POST
        @Path("{id}/steps")
        public Request step(@PathParam("id") long id, RequestStep step) {
            return desk.step(id, Params.body(step));
        }

        @GET
        @Path("{id}/steps")
        public List<RequestStep> history(@PathParam("id") long id) {
            return desk.history(id);
        }
    }

    @Path("/dispatches")
    public static class Dispatches extends RecordResource<Dispatch> {
        private final ServiceDesk desk;

        Dispatches(ServiceDesk desk) {
            super(desk.dispatches());
            this.desk = desk;
        }

        /** The department's report back. */
        public record Report(String report) {
        }

        @POST
        @Path("{id}/acknowledgement")
        public Dispatch acknowledge(@PathParam("id") long id) {
            return desk.acknowledge(id);
        }

        @POST
        @Path("{id}/report")
        public Dispatch report(@PathParam("id") long id, Report report) {
            return desk.report(id, Params.body(report).report());
        }
    }
}
