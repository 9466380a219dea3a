package org.linli.population.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.linli.organisations.OrganisationService;
import org.linli.population.Volunteer;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.residents.ResidentService;
import org.linli.security.Permission;

final class VolunteerType extends RecordType<Volunteer> {
    static final int MAX_SKILLS = 20;

    private final ResidentService residents;
    private final OrganisationService organisations;

    VolunteerType(ResidentService residents, OrganisationService organisations) {
        super(Volunteer.class, "volunteer", "volunteer", Permission.RESIDENT_READ, Permission.RESIDENT_WRITE);
        this.residents = residents;
        this.organisations = organisations;
        filter("residentId", Filter.id("t.resident_id", "this resident"));
        filter("organisationId", Filter.id("t.organisation_id", "serving with this team"));
        filter("active", Filter.bool("t.active", "active, or not"));
        field("residentId").required();
        field("registeredOn").required().notFuture();
        field("totalHours").readOnly();
        field("skills").each().name(50);
    }

    @Override
    protected String nodeSql() {
        return People.placeSql("t.resident_id");
    }

    @Override
    protected Long node(EntityManager em, Volunteer record) {
        return People.place(em, record.getResidentId());
    }

    @Override
    protected void check(RecordCheck check, Volunteer volunteer, Volunteer stored) {
        if (volunteer.getSkills().size() > MAX_SKILLS) {
            check.fields().add("skills", "too_many", "at most " + MAX_SKILLS + " skills");
        }
        check.fields().throwIfAny();
        check.refer("residentId", "resident", volunteer.getResidentId(), () -> residents.get(volunteer.getResidentId()));
        check.refer("organisationId", "organisation", volunteer.getOrganisationId(),
                () -> organisations.organisations().get(volunteer.getOrganisationId()));
    }

    @Override
    protected String uniqueField() {
        return "residentId";
    }

    @Override
    protected void complete(EntityManager em, List<Volunteer> volunteers) {
        if (volunteers.isEmpty()) {
            return;
        }
        Map<Long, BigDecimal> hours = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.volunteerId, SUM(s.hours) FROM VolunteerService s WHERE s.volunteerId IN :ids"
                + " GROUP BY s.volunteerId", Object[].class).setParameter("ids", volunteers.stream().map(Volunteer::getId).toList())
                .getResultList()) {
            hours.put((Long) row[0], (BigDecimal) row[1]);
        }
        volunteers.forEach(v -> v.setTotalHours(hours.getOrDefault(v.getId(), BigDecimal.ZERO)));
    }
}
