package org.linli.policy.beijing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * The readings of a community's records (社区台账) that several rules share: which organisations exist,
 * which term sits and who sits in it on the day judged. Kept in one place so that every rule counts
 * a member, a term or a person the same way.
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

    /** Residents' and village committees: the clauses say 村(居)委会 and mean both. */
    static List<Organisation> committees(CommunityFacts facts) {
        return organisations(facts, OrganisationKind.RESIDENTS_COMMITTEE, OrganisationKind.VILLAGE_COMMITTEE);
    }

    static List<Organisation> subCommittees(CommunityFacts facts) {
        return organisations(facts, OrganisationKind.SUB_COMMITTEE);
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

    /** The posts held in the organisation's sitting term; none when no term sits. */
    static List<Membership> sittingMembers(CommunityFacts facts, Long organisationId) {
        return sittingTerm(facts, organisationId).map(t -> sittingMembers(facts, t)).orElse(List.of());
    }

    /**
     * The same person, as the organisations register reads it (一肩挑, 交叉任职): the same resident
     * record when both posts name one, otherwise the same name.
     */
    static boolean samePerson(Membership a, Membership b) {
        if (a.getResidentId() != null && b.getResidentId() != null) {
            return a.getResidentId().equals(b.getResidentId());
        }
        return a.getPersonName() != null && a.getPersonName().strip().equals(
                b.getPersonName() == null ? null : b.getPersonName().strip());
    }

    static boolean holdsPostIn(Membership person, List<Membership> posts) {
        return posts.stream().anyMatch(post -> samePerson(person, post));
    }

    /** One post per person: someone holding two posts in a body counts once. */
    static List<Membership> persons(List<Membership> posts) {
        List<Membership> persons = new ArrayList<>();
        for (Membership post : posts) {
            if (!holdsPostIn(post, persons)) {
                persons.add(post);
            }
        }
        return persons;
    }

    static String names(List<Membership> posts) {
        return posts.isEmpty() ? "-" : posts.stream().map(m -> String.valueOf(m.getPersonName())).collect(Collectors.joining("、"));
    }

    static String list(List<String> items) {
        return items.isEmpty() ? "-" : String.join(",", items);
    }

    static String term(Term term) {
        return (term.getName() == null ? "#" + term.getId() : term.getName()) + " " + term.getStartsOn() + ".." + term.getEndsOn();
    }

    /**
     * At work in the community on the day judged: hired by then, not yet left, not seconded
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

    /**
     * A sub-committee's sitting term with its residents' (village) committee and that committee's
     * sitting term on the day judged; {@code missing} says which of them cannot be found instead.
     */
    record Sitting(Organisation committee, Term term, Term committeeTerm, Outcome missing) {
    }

    static Sitting sittingWithCommittee(CommunityFacts facts, Organisation sub) {
        Subject subject = subject(SubjectKind.SUB_COMMITTEE, sub);
        Optional<Organisation> committee = organisation(facts, sub.getParentId())
                .filter(c -> c.getKind() == OrganisationKind.RESIDENTS_COMMITTEE || c.getKind() == OrganisationKind.VILLAGE_COMMITTEE);
        if (committee.isEmpty()) {
            return new Sitting(null, null, null, Outcome.missingData(subject, sub.getName() + "未关联所属的居(村)委会",
                    sub.getName() + " names no residents' or village committee it belongs to"));
        }
        Optional<Term> term = sittingTerm(facts, sub.getId());
        Optional<Term> committeeTerm = sittingTerm(facts, committee.get().getId());
        if (term.isEmpty() || committeeTerm.isEmpty()) {
            Organisation without = term.isEmpty() ? sub : committee.get();
            return new Sitting(committee.get(), null, null, Outcome.missingData(subject,
                    without.getName() + "在" + facts.asOf() + "没有在任的届期", without.getName() + " has no term sitting on " + facts.asOf()));
        }
        return new Sitting(committee.get(), term.get(), committeeTerm.get(), null);
    }
}
