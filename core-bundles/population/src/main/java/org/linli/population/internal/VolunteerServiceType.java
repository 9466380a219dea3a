package org.linli.population.internal;

import java.math.BigDecimal;
import javax.persistence.EntityManager;
import org.linli.population.Volunteer;
import org.linli.population.VolunteerService;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;

final class VolunteerServiceType extends RecordType<VolunteerService> {
    private final VolunteerType volunteers;

    VolunteerServiceType(VolunteerType volunteers) {
        super(VolunteerService.class, "volunteer service", "volunteer_service", Permission.RESIDENT_READ, Permission.RESIDENT_WRITE);
        this.volunteers = volunteers;
        filter("volunteerId", Filter.id("t.volunteer_id", "of this volunteer"));
        filter("from", Filter.from("t.served_on", "served on or after this date"));
        filter("to", Filter.to("t.served_on", "served on or before this date"));
        field("volunteerId").required();
        field("servedOn").required().notFuture();
        field("hours").required().range(0, 24);
        field("activity").name(200);
    }

    @Override
    protected String nodeSql() {
        return People.placeSql("(SELECT v.resident_id FROM volunteer v WHERE v.id = t.volunteer_id)");
    }

    @Override
    protected Long node(EntityManager em, VolunteerService record) {
        Volunteer volunteer = record.getVolunteerId() == null ? null : em.find(Volunteer.class, record.getVolunteerId());
        return volunteer == null ? null : People.place(em, volunteer.getResidentId());
    }

    @Override
    protected void check(RecordCheck check, VolunteerService service, VolunteerService stored) {
        if (service.getHours() != null && service.getHours().compareTo(new BigDecimal("0.5")) < 0) {
            check.fields().add("hours", "range", "hours must be from 0.5 to 24");
        }
        check.fields().throwIfAny();
        Volunteer volunteer = check.find("volunteerId", volunteers, service.getVolunteerId());
        check.order("registeredOn", volunteer.getRegisteredOn(), "servedOn", service.getServedOn());
    }
}
