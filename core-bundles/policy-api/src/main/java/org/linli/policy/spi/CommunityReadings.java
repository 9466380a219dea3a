package org.linli.policy.spi;

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
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

/**
 * The readings of a community's records (社区台账) that rules of every plugin share: which
 * organisations exist, which term sits and who sits in it, which workers are in post and which
 * documents are in force on the day judged. One place, so that every rule reads them the same way;
 * a rule whose clause reads a record otherwise says so and reads it itself. What they decide:
 * <ul>
 * <li>A date Linli does not know counts as met: an organisation without a founding date exists, a
 * document without an adoption date is in force (the register holds what the community has on
 * file, dated or not), until a dissolution or revocation date says otherwise.</li>
 * <li>Residents' and village committees are read alike, as the clauses say 村(居)委会.</li>
 * <li>One term of an organisation sits on a day: the latest started of those running that day;
 * its members are the posts of that term held on the day, a person holding two counting once
 * ({@link #persons}).</li>
 * </ul>
 */
public final class CommunityReadings {

    private CommunityReadings() {
    }

    /** The community itself, the subject of a finding when it has nothing of the kind a rule judges. */
    public static Subject community(CommunityFacts facts) {
        return new Subject(SubjectKind.COMMUNITY, facts.community().getId(), facts.community().getName());
    }

    public static Subject subject(SubjectKind kind, Organisation organisation) {
        return new Subject(kind, organisation.getId(), organisation.getName());
    }

    /** A residents' (village) committee as a committee subject, any other organisation as an organisation. */
    public static Subject subject(Organisation organisation) {
        return subject(committee(organisation) ? SubjectKind.RESIDENTS_COMMITTEE : SubjectKind.ORGANISATION, organisation);
    }

    public static Subject subject(Worker worker) {
        return new Subject(SubjectKind.WORKER, worker.getId(), worker.getName());
    }

    /** A residents' or a village committee (居委会, 村委会). */
    public static boolean committee(Organisation organisation) {
        return organisation.getKind() == OrganisationKind.RESIDENTS_COMMITTEE || organisation.getKind() == OrganisationKind.VILLAGE_COMMITTEE;
    }

    /** Exists on {@code asOf}: established by then (when known) and not dissolved on or before it. */
    public static boolean active(Organisation organisation, LocalDate asOf) {
        return (organisation.getEstablishedOn() == null || !organisation.getEstablishedOn().isAfter(asOf))
                && (organisation.getDissolvedOn() == null || organisation.getDissolvedOn().isAfter(asOf));
    }

    /** The community's organisations of {@code kinds} that exist on the day judged, in stored order. */
    public static List<Organisation> organisations(CommunityFacts facts, OrganisationKind... kinds) {
        List<OrganisationKind> wanted = Arrays.asList(kinds);
        return facts.organisations().stream()
                .filter(o -> wanted.contains(o.getKind()) && active(o, facts.asOf()))
                .toList();
    }

    /** Residents' and village committees: the clauses say 村(居)委会 or 居委会, and Linli reads both alike. */
    public static List<Organisation> committees(CommunityFacts facts) {
        return organisations(facts, OrganisationKind.RESIDENTS_COMMITTEE, OrganisationKind.VILLAGE_COMMITTEE);
    }

    /** The finding of a rule on committees in a community that has none recorded. */
    public static Outcome noCommittee(CommunityFacts facts) {
        return Outcome.missingData(community(facts), facts.community().getName() + "未登记居(村)委会",
                facts.community().getName() + " has no residents' or village committee recorded");
    }

    public static Optional<Organisation> organisation(CommunityFacts facts, Long id) {
        return id == null ? Optional.empty()
                : facts.organisations().stream().filter(o -> id.equals(o.getId())).findFirst();
    }

    /** On {@code asOf}: started by then and not ended before it. */
    public static boolean sitting(LocalDate startsOn, LocalDate endsOn, LocalDate asOf) {
        return (startsOn == null || !startsOn.isAfter(asOf)) && (endsOn == null || !endsOn.isBefore(asOf));
    }

    /** The organisation's term sitting on the day judged; the latest started when terms overlap. */
    public static Optional<Term> sittingTerm(CommunityFacts facts, Long organisationId) {
        return facts.terms().stream()
                .filter(t -> Objects.equals(t.getOrganisationId(), organisationId)
                        && sitting(t.getStartsOn(), t.getEndsOn(), facts.asOf()))
                .max(Comparator.comparing(Term::getStartsOn, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** The posts of {@code term} held on the day judged (a member who left before it is gone). */
    public static List<Membership> sittingMembers(CommunityFacts facts, Term term) {
        return facts.memberships().stream()
                .filter(m -> Objects.equals(m.getTermId(), term.getId())
                        && sitting(m.getStartsOn(), m.getEndsOn(), facts.asOf()))
                .toList();
    }

    /** The posts held in the organisation's sitting term; none when no term sits. */
    public static List<Membership> sittingMembers(CommunityFacts facts, Long organisationId) {
        return sittingTerm(facts, organisationId).map(t -> sittingMembers(facts, t)).orElse(List.of());
    }

    /**
     * The same person, as the organisations register reads it (一肩挑, 交叉任职): the same resident
     * record when both posts name one, otherwise the same name.
     */
    public static boolean samePerson(Membership a, Membership b) {
        if (a.getResidentId() != null && b.getResidentId() != null) {
            return a.getResidentId().equals(b.getResidentId());
        }
        return a.getPersonName() != null && a.getPersonName().strip().equals(
                b.getPersonName() == null ? null : b.getPersonName().strip());
    }

    /** One post per person: someone holding two posts in a body counts once. */
    public static List<Membership> persons(List<Membership> posts) {
        List<Membership> persons = new ArrayList<>();
        for (Membership post : posts) {
            if (persons.stream().noneMatch(p -> samePerson(post, p))) {
                persons.add(post);
            }
        }
        return persons;
    }

    public static String term(Term term) {
        return (term.getName() == null ? "#" + term.getId() : term.getName()) + " " + term.getStartsOn() + ".." + term.getEndsOn();
    }

    /**
     * In post (在岗) in the community on {@code asOf}: hired by then, not yet left, not seconded
     * elsewhere (a secondment is known only as the present status, so it excludes the worker).
     */
    public static boolean working(Worker worker, LocalDate asOf) {
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
    public static List<Worker> workersInPost(CommunityFacts facts) {
        return facts.workers().stream().filter(w -> working(w, facts.asOf())).toList();
    }

    /** In force on {@code asOf}: adopted by then (when dated) and not revoked on or before it. */
    public static boolean inForce(Document document, LocalDate asOf) {
        return (document.getAdoptedOn() == null || !document.getAdoptedOn().isAfter(asOf))
                && (document.getRevokedOn() == null || document.getRevokedOn().isAfter(asOf));
    }

    /** Done by the day judged: dated, and not after it. */
    public static boolean by(LocalDate date, LocalDate asOf) {
        return date != null && !date.isAfter(asOf);
    }

    /** Items joined by commas for a message, or - when there are none. */
    public static String list(List<?> items) {
        return items.isEmpty() ? "-" : items.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A decimal without trailing zeros or exponent: 30, 30.5. */
    public static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
