package org.linli.policy.jingzhou;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linli.organisations.Document;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

/**
 * The readings of a community's records (社区台账) that several rules share: which organisations
 * exist, which term sits and who sits in it, which workers are in post and which documents are in
 * force on the day judged. Kept in one place so that every rule reads them the same way.
 */
final class CommunityRecords {

    private CommunityRecords() {
    }

    /** The community itself, the subject of a finding when it has nothing of the kind a rule judges. */
    static Subject community(CommunityFacts facts) {
        return new Subject(SubjectKind.COMMUNITY, facts.community().getId(), facts.community().getName());
    }

    static Subject subject(SubjectKind kind, Organisation organisation) {
        return new Subject(kind, organisation.getId(), organisation.getName());
    }

    /** A residents' (village) committee as a committee subject, any other organisation as an organisation. */
    static Subject subject(Organisation organisation) {
        return subject(committee(organisation) ? SubjectKind.RESIDENTS_COMMITTEE : SubjectKind.ORGANISATION, organisation);
    }

    static boolean committee(Organisation organisation) {
        return organisation.getKind() == OrganisationKind.RESIDENTS_COMMITTEE || organisation.getKind() == OrganisationKind.VILLAGE_COMMITTEE;
    }

    /** Exists on {@code asOf}: established by then (when known) and not dissolved on or before it. */
    static boolean active(Organisation organisation, LocalDate asOf) {
        return (organisation.getEstablishedOn() == null || !organisation.getEstablishedOn().isAfter(asOf))
                && (organisation.getDissolvedOn() == null || organisation.getDissolvedOn().isAfter(asOf));
    }

    /** The community's organisations of {@code kinds} that exist on the day judged, in stored order. */
    static List<Organisation> organisations(CommunityFacts facts, OrganisationKind... kinds) {
        List<OrganisationKind> wanted = Arrays.asList(kinds);
        return facts.organisations().stream()
                .filter(o -> wanted.contains(o.getKind()) && active(o, facts.asOf()))
                .toList();
    }

    /** Residents' and village committees: the document says 居委会 and Linli reads 村委会 alike. */
    static List<Organisation> committees(CommunityFacts facts) {
        return organisations(facts, OrganisationKind.RESIDENTS_COMMITTEE, OrganisationKind.VILLAGE_COMMITTEE);
    }

    /** The finding of a rule on committees in a community that has none recorded. */
    static Outcome noCommittee(CommunityFacts facts) {
        return Outcome.missingData(community(facts), facts.community().getName() + "未登记居(村)委会",
                facts.community().getName() + " has no residents' or village committee recorded");
    }

    static Optional<Organisation> organisation(CommunityFacts facts, Long id) {
        return id == null ? Optional.empty()
                : facts.organisations().stream().filter(o -> id.equals(o.getId())).findFirst();
    }

    /** On {@code asOf}: started by then and not ended before it. */
    static boolean sitting(LocalDate startsOn, LocalDate endsOn, LocalDate asOf) {
        return (startsOn == null || !startsOn.isAfter(asOf)) && (endsOn == null || !endsOn.isBefore(asOf));
    }

    /** The organisation's term sitting on the day judged; the latest started when terms overlap. */
    static Optional<Term> sittingTerm(CommunityFacts facts, Long organisationId) {
        return facts.terms().stream()
                .filter(t -> Objects.equals(t.getOrganisationId(), organisationId)
                        && sitting(t.getStartsOn(), t.getEndsOn(), facts.asOf()))
                .max(Comparator.comparing(Term::getStartsOn, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** The posts of {@code term} held on the day judged (a member who left before it is gone). */
    static List<Membership> sittingMembers(CommunityFacts facts, Term term) {
        return facts.memberships().stream()
                .filter(m -> Objects.equals(m.getTermId(), term.getId())
                        && sitting(m.getStartsOn(), m.getEndsOn(), facts.asOf()))
                .toList();
    }

    /**
     * The same person, as the organisations register reads it: the same resident record when both
     * posts name one, otherwise the same name.
     */
    static boolean samePerson(Membership a, Membership b) {
        if (a.getResidentId() != null && b.getResidentId() != null) {
            return a.getResidentId().equals(b.getResidentId());
        }
        return a.getPersonName() != null && a.getPersonName().strip().equals(
                b.getPersonName() == null ? null : b.getPersonName().strip());
    }

    /** One post per person: someone holding two posts in a body counts once. */
    static List<Membership> persons(List<Membership> posts) {
        List<Membership> persons = new ArrayList<>();
        for (Membership post : posts) {
            if (persons.stream().noneMatch(p -> samePerson(post, p))) {
                persons.add(post);
            }
        }
        return persons;
    }

    static String term(Term term) {
        return (term.getName() == null ? "#" + term.getId() : term.getName()) + " " + term.getStartsOn() + ".." + term.getEndsOn();
    }

    /**
     * In post (在岗) in the community on the day judged: hired by then, not yet left, not seconded
     * elsewhere (a secondment is known only as the present status, so it excludes the worker).
     */
    static boolean working(Worker worker, LocalDate asOf) {
        if (worker.getStatus() == WorkerStatus.SECONDED) {
            return false;
        }
        if ((worker.getStatus() == WorkerStatus.RESIGNED || worker.getStatus() == WorkerStatus.DISMISSED)
                && worker.getLeftOn() == null) {
            return false;
        }
        return (worker.getHiredOn() == null || !worker.getHiredOn().isAfter(asOf))
                && (worker.getLeftOn() == null || worker.getLeftOn().isAfter(asOf));
    }

    /** The workers in post on the day judged, in stored order. */
    static List<Worker> workersInPost(CommunityFacts facts) {
        return facts.workers().stream().filter(w -> working(w, facts.asOf())).toList();
    }

    static Subject subject(Worker worker) {
        return new Subject(SubjectKind.WORKER, worker.getId(), worker.getName());
    }

    /** In force on {@code asOf}: adopted by then (when dated) and not revoked on or before it. */
    static boolean inForce(Document document, LocalDate asOf) {
        return (document.getAdoptedOn() == null || !document.getAdoptedOn().isAfter(asOf))
                && (document.getRevokedOn() == null || document.getRevokedOn().isAfter(asOf));
    }

    /** Done by the day judged: dated, and not after it. */
    static boolean by(LocalDate date, LocalDate asOf) {
        return date != null && !date.isAfter(asOf);
    }

    static String list(List<?> items) {
        return items.isEmpty() ? "-" : items.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A decimal without trailing zeros or exponent: 30, 30.5. */
    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
