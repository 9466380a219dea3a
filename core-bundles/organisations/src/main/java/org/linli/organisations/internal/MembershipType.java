package org.linli.organisations.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.organisations.Election;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Term;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;

final class MembershipType extends OrganisationPart<Membership> {
    /** Posts that one person holds at a time in a term. */
    static final Set<MemberRole> SINGLE = EnumSet.of(MemberRole.SECRETARY, MemberRole.CHAIR);

    private final TermType terms;
    private final ResidentService residents;
    private ElectionType elections;

    MembershipType(OrganisationType organisations, TermType terms, ResidentService residents) {
        super(Membership.class, "membership", "membership", organisations);
        this.terms = terms;
        this.residents = residents;
        filter("termId", Filter.id("t.term_id", "in this term"));
        filter("role", Filter.enumValue("t.role", MemberRole.class, "holding this post"));
        filter("residentId", Filter.id("t.resident_id", "held by this resident"));
        filter("personName", Filter.prefix("t.person_name", "held by a person whose name starts so"));
        filter("on", Filter.activeOn("t.starts_on", "t.ends_on", "sitting on this date"));
        filter("residentRepresentative", Filter.bool("t.resident_representative", "held by a resident representative or not"));
        filter("electionId", Filter.id("t.election_id", "won in this election"));
        field("termId").required();
        field("personName").text(50);
        field("role").required();
    }

    void elections(ElectionType elections) {
        this.elections = elections;
    }

    @Override
    Long organisationId(Membership record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Membership member, Membership stored) {
        FieldChecks fields = check.fields();
        check.order("startsOn", member.getStartsOn(), "endsOn", member.getEndsOn());
        fields.throwIfAny();
        Term term = check.find("termId", terms, member.getTermId());
        if (member.getOrganisationId() != null && !member.getOrganisationId().equals(term.getOrganisationId())) {
            fields.add("organisationId", "mismatch", "organisationId must be the term's organisation or absent");
        }
        member.setOrganisationId(term.getOrganisationId());
        Resident resident = check.refer("residentId", "resident", member.getResidentId(), () -> residents.get(member.getResidentId()));
        if (resident != null) {
            member.setPersonName(member.getPersonName() == null ? resident.getName() : member.getPersonName());
            member.setSex(member.getSex() == null ? resident.getSex() : member.getSex());
        }
        fields.name("personName", member.getPersonName(), 50);
        if (member.getStartsOn() == null) {
            member.setStartsOn(term.getStartsOn());
        }
        LocalDate end = member.getEndsOn() == null ? term.getEndsOn() : member.getEndsOn();
        if (member.getStartsOn().isBefore(term.getStartsOn()) || member.getStartsOn().isAfter(term.getEndsOn())) {
            fields.add("startsOn", "outside_term", "startsOn must lie within the term, " + term.getStartsOn() + " to " + term.getEndsOn());
        }
        if (end.isAfter(term.getEndsOn())) {
            fields.add("endsOn", "outside_term", "endsOn must not be after the end of the term, " + term.getEndsOn());
        }
        check.find("representsOrganisationId", organisations, member.getRepresentsOrganisationId());
        Election election = check.find("electionId", elections, member.getElectionId());
        if (election != null && !election.getTermId().equals(term.getId())) {
            fields.add("electionId", "mismatch", "the election filled another term");
        }
        fields.throwIfAny();
        for (Membership other : overlapping(check, member, end)) {
            if (SINGLE.contains(member.getRole()) && other.getRole() == member.getRole()) {
                throw new ConflictException("role", "taken", "the term has a " + member.getRole() + " in these dates: " + other.getPersonName());
            }
            if (samePerson(member, other)) {
                throw new ConflictException(member.getResidentId() != null ? "residentId" : "personName", "duplicate",
                        "the person already holds a post in this term in these dates (membership " + other.getId() + ")");
            }
        }
    }

    private static List<Membership> overlapping(RecordCheck check, Membership member, LocalDate end) {
        return check.em().createQuery("SELECT m FROM Membership m WHERE m.termId = :t AND m.id <> :id AND m.startsOn <= :end"
                        + " AND (m.endsOn IS NULL OR m.endsOn >= :start)", Membership.class)
                .setParameter("t", member.getTermId()).setParameter("id", member.getId() == null ? -1L : member.getId())
                .setParameter("start", member.getStartsOn()).setParameter("end", end).getResultList();
    }

    /** The same resident record; or, where either has none, the same name. */
    static boolean samePerson(Membership a, Membership b) {
        if (a.getResidentId() != null && b.getResidentId() != null) {
            return a.getResidentId().equals(b.getResidentId());
        }
        return Objects.equals(a.getPersonName().strip(), b.getPersonName().strip());
    }
}
