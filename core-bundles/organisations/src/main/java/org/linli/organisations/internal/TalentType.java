package org.linli.organisations.internal;

import java.time.LocalDate;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.organisations.Talent;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;
import org.linli.territory.TerritoryLevel;

final class TalentType extends CommunityPart<Talent> {
    private final OrganisationType organisations;
    private final ResidentService residents;

    TalentType(OrganisationType organisations, ResidentService residents) {
        super(Talent.class, "talent", "talent");
        this.organisations = organisations;
        this.residents = residents;
        filter("residentId", Filter.id("t.resident_id", "this resident"));
        filter("organisationId", Filter.id("t.organisation_id", "who seeded or lead this organisation"));
        filter("personName", Filter.prefix("t.person_name", "whose name starts so"));
        filter("on", Filter.activeOn("t.registered_on", "t.left_on", "in the pool on this date"));
        field("communityId").required();
        field("personName").text(50);
        field("skills").name(200);
        field("foundThrough").text(100);
        field("registeredOn").required().notFuture();
    }

    @Override
    Long communityId(Talent record) {
        return record.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, Talent talent, Talent stored) {
        FieldChecks fields = check.fields();
        check.order("registeredOn", talent.getRegisteredOn(), "leftOn", talent.getLeftOn());
        fields.throwIfAny();
        check.node("communityId", talent.getCommunityId(), TerritoryLevel.COMMUNITY);
        Resident resident = check.refer("residentId", "resident", talent.getResidentId(), () -> residents.get(talent.getResidentId()));
        if (resident != null && talent.getPersonName() == null) {
            talent.setPersonName(resident.getName());
        }
        fields.name("personName", talent.getPersonName(), 50);
        organisationIn(check, organisations, "organisationId", talent.getOrganisationId(), talent.getCommunityId());
        fields.throwIfAny();
        LocalDate end = talent.getLeftOn() == null ? LocalDate.of(9999, 12, 31) : talent.getLeftOn();
        boolean twice = check.em().createQuery("SELECT t FROM Talent t WHERE t.communityId = :c AND t.id <> :id"
                        + " AND t.registeredOn <= :end AND (t.leftOn IS NULL OR t.leftOn >= :start)", Talent.class)
                .setParameter("c", talent.getCommunityId()).setParameter("id", talent.getId() == null ? -1L : talent.getId())
                .setParameter("start", talent.getRegisteredOn()).setParameter("end", end)
                .getResultStream().anyMatch(other -> samePerson(talent, other));
        if (twice) {
            throw new ConflictException(talent.getResidentId() != null ? "residentId" : "personName", "duplicate",
                    "the person is already in this community's talent pool in these dates");
        }
    }

    /** The same resident record; or, where either has none, the same name. */
    private static boolean samePerson(Talent a, Talent b) {
        if (a.getResidentId() != null && b.getResidentId() != null) {
            return a.getResidentId().equals(b.getResidentId());
        }
        return a.getPersonName().strip().equals(b.getPersonName().strip());
    }
}
