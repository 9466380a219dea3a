package org.linli.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import org.linli.staff.Appraisal;
import org.linli.staff.Attendance;
import org.linli.staff.Certificate;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.PayGrade;
import org.linli.staff.Shift;
import org.linli.staff.StaffService;
import org.linli.staff.StatusChange;
import org.linli.staff.Training;
import org.linli.staff.Visit;
import org.linli.staff.VisitWeek;
import org.linli.staff.Worker;

/** The register of community workers: one resource per kind of record. */
final class StaffResources {
    private StaffResources() {
    }

    static List<Object> all(StaffService service) {
        return List.of(new Workers(service), new PayGrades(service), new AttendanceDays(service), new Shifts(service),
                new Trainings(service), new Certificates(service), new Visits(service), new Patrols(service), new Appraisals(service),
                new GridAssignments(service));
    }

    @Path("/workers")
    public static class Workers extends RecordResource<Worker> {
        private final StaffService service;

        Workers(StaffService service) {
            super(service.workers());
            this.service = service;
        }

        @POST
        @Path("{id}/status-changes")
        public Worker changeStatus(@PathParam("id") long id, StatusChange change) {
            return service.changeStatus(id, Params.body(change));
        }

        @GET
        @Path("{id}/status-changes")
        public List<StatusChange> statusHistory(@PathParam("id") long id) {
            return service.statusHistory(id);
        }

        @GET
        @Path("{id}/visit-weeks")
        public List<VisitWeek> visitWeeks(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
            return service.visitWeeks(id, Params.toDate("from", from), Params.toDate("to", to));
        }
    }

    @Path("/pay-grades")
    public static class PayGrades extends RecordResource<PayGrade> {
        PayGrades(StaffService service) {
            super(service.payGrades());
        }
    }

    @Path("/attendance")
    public static class AttendanceDays extends RecordResource<Attendance> {
        AttendanceDays(StaffService service) {
            super(service.attendance());
        }
    }

    @Path("/shifts")
    public static class Shifts extends RecordResource<Shift> {
        Shifts(StaffService service) {
            super(service.shifts());
        }
    }

    @Path("/trainings")
    public static class Trainings extends RecordResource<Training> {
        Trainings(StaffService service) {
            super(service.trainings());
        }
    }

    @Path("/certificates")
    public static class Certificates extends RecordResource<Certificate> {
        Certificates(StaffService service) {
            super(service.certificates());
        }
    }

    @Path("/visits")
    public static class Visits extends RecordResource<Visit> {
        Visits(StaffService service) {
            super(service.visits());
        }
    }

    @Path("/patrols")
    public static class Patrols extends RecordResource<Patrol> {
        Patrols(StaffService service) {
            super(service.patrols());
        }
    }

    @Path("/appraisals")
    public static class Appraisals extends RecordResource<Appraisal> {
        Appraisals(StaffService service) {
            super(service.appraisals());
        }
    }

    @Path("/grid-assignments")
    public static class GridAssignments extends RecordResource<GridAssignment> {
        GridAssignments(StaffService service) {
            super(service.gridAssignments());
        }
    }
}
