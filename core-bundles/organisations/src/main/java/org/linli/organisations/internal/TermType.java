package org.linli.organisations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.organisations.Term;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class TermType extends OrganisationPart<Term> {
    private final Clock clock;

    TermType(OrganisationType organisations, Clock clock) {
        super(Term.class, "term", "org_term", organisations);
        this.clock = clock;
        filter("on", Filter.activeOn("t.starts_on", "t.ends_on", "running on this date"));
        field("organisationId").required();
        field("name").text(50);
        field("startsOn").required();
        field("endsOn").required();
        field("seats").range(1, 99);
        field("sittingMembers").readOnly();
        field("vacancies").readOnly();
    }

    @Override
    Long organisationId(Term record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Term term, Term stored) {
        if (term.getStartsOn() != null && term.getEndsOn() != null && !term.getEndsOn().isAfter(term.getStartsOn())) {
            check.fields().add("endsOn", "order", "endsOn must be after startsOn");
        }
        organisation(check, term.getOrganisationId());
        check.fields().throwIfAny();
        EntityManager em = check.em();
        long id = term.getId() == null ? -1 : term.getId();
        long overlapping = em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.organisationId = :o AND t.id <> :id"
                        + " AND t.startsOn <= :end AND t.endsOn >= :start", Long.class)
                .setParameter("o", term.getOrganisationId()).setParameter("id", id)
                .setParameter("start", term.getStartsOn()).setParameter("end", term.getEndsOn()).getSingleResult();
        if (overlapping > 0) {
            throw new ConflictException("startsOn", "overlap", "the organisation has another term in these dates");
        }
        if (stored != null) {
            if (!Objects.equals(stored.getOrganisationId(), term.getOrganisationId()) && members(em, id, null, null) > 0) {
                throw new ConflictException("organisationId", "in_use", "a term with members stays with its organisation");
            }
            if (members(em, id, term.getStartsOn(), term.getEndsOn()) > 0) {
                throw new ConflictException("startsOn", "members_outside", "members of the term would sit outside the new dates");
            }
        }
    }

    /** Members of the term; with dates, only those whose posts reach outside them. */
    private static long members(EntityManager em, long termId, LocalDate start, LocalDate end) {
        if (start == null) {
            return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.termId = :t", Long.class)
                    .setParameter("t", termId).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.termId = :t AND (m.startsOn < :start"
                        + " OR m.startsOn > :end OR m.endsOn > :end)", Long.class)
                .setParameter("t", termId).setParameter("start", start).setParameter("end", end).getSingleResult();
    }

    @Override
    protected void complete(EntityManager em, List<Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> sitting = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.termId, COUNT(m) FROM Membership m WHERE m.termId IN :ids"
                        + " AND m.startsOn <= :today AND (m.endsOn IS NULL OR m.endsOn >= :today) GROUP BY m.termId", Object[].class)
                .setParameter("ids", terms.stream().map(Term::getId).toList()).setParameter("today", today).getResultList()) {
            sitting.put((Long) row[0], ((Number) row[1]).longValue());
        }
        for (Term term : terms) {
            int members = sitting.getOrDefault(term.getId(), 0L).intValue();
            term.setSittingMembers(members);
            term.setVacancies(term.getSeats() == null ? null : Math.max(0, term.getSeats() - members));
        }
    }
}
