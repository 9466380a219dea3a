package org.linli.rest.internal;

import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.linli.security.Permission;
import org.linli.staff.StaffService;
import org.linli.staff.StatusChange;
import org.linli.staff.VisitWeek;
import org.linli.staff.Worker;

/** The operations of the staff register beyond its kinds' five: a worker's status and visit weeks. */
@Doc(tag = "Staff")
final class StaffResources {
    private StaffResources() {
    }

    static List<Object> all(StaffService service) {
        return List.of(new StatusChanges(service), new VisitWeeks(service));
    }

    @Path("/workers/{id}/status-changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class StatusChanges {
        private final StaffService service;

        StatusChanges(StaffService service) {
            this.service = service;
        }

        @POST
        @Doc(id = "changeWorkerStatus", summary = "Change a worker's status (reason required for every status but ACTIVE)",
                needs = Permission.STAFF_WRITE, answer = "The worker with the new status", problems = {400, 404, 409})
        public Worker changeStatus(@PathParam("id") long id, StatusChange change) {
            return service.changeStatus(id, Params.body(change));
        }

        @GET
        @Doc(id = "getWorkerStatusHistory", summary = "A worker's status history, oldest first", needs = Permission.STAFF_READ,
                answer = "The changes", problems = 404)
        public List<StatusChange> statusHistory(@PathParam("id") long id) {
            return service.statusHistory(id);
        }
    }

    @Path("/workers/{id}/visit-weeks")
    @Produces(MediaType.APPLICATION_JSON)
    public static class VisitWeeks {
        private final StaffService service;

        VisitWeeks(StaffService service) {
            this.service = service;
        }

        @GET
        @Doc(id = "getVisitWeeks", summary = "A worker's household visits per ISO week", needs = Permission.STAFF_READ,
                answer = "Every ISO week that meets the period", problems = {400, 404})
        public List<VisitWeek> visitWeeks(@PathParam("id") long id,
                                          @QueryParam("from") @Param(type = LocalDate.class, required = true) String from,
                                          @QueryParam("to") @Param(value = "At most two years after from", type = LocalDate.class, required = true)
                                          String to) {
            return service.visitWeeks(id, Params.toDate("from", from), Params.toDate("to", to));
        }
    }
}
