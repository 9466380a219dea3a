package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.affairs.Convention;
import org.linli.organisations.Document;
import org.linli.organisations.Facility;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;

/**
 * What the Songjiang rules read from a community's facts, as of the day judged (按评估日认定):
 * the residents' committees in being, their sitting members, and the facilities, documents and
 * conventions in force. Kept in one place so every rule reads "in force" the same way.
 */
final class Records {

    private Records() {
    }

    static Subject subject(Organisation committee) {
        return new Subject(SubjectKind.RESIDENTS_COMMITTEE, committee.getId(), committee.getName());
    }

    /** The community's residents' committees (居委会) in being on the day judged. */
    static List<Organisation> committees(CommunityFacts facts) {
        return facts.organisations().stream()
                .filter(o -> o.getKind() == OrganisationKind.RESIDENTS_COMMITTEE)
                .filter(o -> inBeing(o, facts.asOf()))
                .toList();
    }

    /** The one outcome of a rule that judges residents' committees when the community records none. */
    static Outcome noCommittee(CommunityFacts facts) {
        return Outcome.missingData(CommunityReadings.community(facts),
                "社区" + facts.community().getName() + "未登记居委会",
                "Community " + facts.community().getName() + " has no residents' committee recorded")
                .fact("residentsCommittees", 0);
    }

    /** Established by the day (or on an unknown date) and not dissolved by then. */
    static boolean inBeing(Organisation organisation, LocalDate day) {
        return (organisation.getEstablishedOn() == null || !organisation.getEstablishedOn().isAfter(day))
                && (organisation.getDissolvedOn() == null || organisation.getDissolvedOn().isAfter(day));
    }

    /** A term sits on the day when it has started and not yet ended. */
    static boolean sits(Term term, LocalDate day) {
        return term.getStartsOn() != null && !term.getStartsOn().isAfter(day)
                && (term.getEndsOn() == null || !term.getEndsOn().isBefore(day));
    }

    /** The terms of an organisation sitting on the day judged. */
    static List<Term> sittingTerms(CommunityFacts facts, Long organisationId) {
        return facts.terms().stream()
                .filter(t -> Objects.equals(t.getOrganisationId(), organisationId))
                .filter(t -> sits(t, facts.asOf()))
                .toList();
    }

    /** The memberships of an organisation sitting on the day judged: in one of its sitting terms, started and not left. */
    static List<Membership> sittingMemberships(CommunityFacts facts, Long organisationId) {
        Set<Long> terms = sittingTerms(facts, organisationId).stream().map(Term::getId).collect(Collectors.toSet());
        LocalDate day = facts.asOf();
        return facts.memberships().stream()
                .filter(m -> Objects.equals(m.getOrganisationId(), organisationId) && terms.contains(m.getTermId()))
                .filter(m -> m.getStartsOn() == null || !m.getStartsOn().isAfter(day))
                .filter(m -> m.getEndsOn() == null || !m.getEndsOn().isBefore(day))
                .toList();
    }

    /**
     * The persons sitting in an organisation on the day judged, one membership each: a person
     * recorded twice in the same committee counts once (one person is the same resident record
     * or, without one, the same name).
     */
    static List<Membership> sittingMembers(CommunityFacts facts, Long organisationId) {
        Map<String, Membership> persons = new LinkedHashMap<>();
        for (Membership m : sittingMemberships(facts, organisationId)) {
            persons.putIfAbsent(person(m), m);
        }
        return new ArrayList<>(persons.values());
    }

    /** Who a membership is: the resident record when there is one, else the name. */
    static String person(Membership m) {
        return m.getResidentId() != null ? "resident:" + m.getResidentId() : "name:" + strip(m.getPersonName());
    }

    /** Same person: the same resident record when both have one, otherwise the same name. */
    static boolean samePerson(Membership a, Membership b) {
        if (a.getResidentId() != null && b.getResidentId() != null) {
            return a.getResidentId().equals(b.getResidentId());
        }
        return !strip(a.getPersonName()).isEmpty() && strip(a.getPersonName()).equals(strip(b.getPersonName()));
    }

    /** The facilities of an organisation in use on the day judged (an unknown date counts: it is recorded as there). */
    static List<Facility> facilities(CommunityFacts facts, Long organisationId) {
        return facts.facilities().stream()
                .filter(f -> Objects.equals(f.getOrganisationId(), organisationId))
                .filter(f -> f.getSince() == null || !f.getSince().isAfter(facts.asOf()))
                .toList();
    }

    /** The documents of an organisation in force on the day judged: adopted by then and not revoked by then. */
    static List<Document> documents(CommunityFacts facts, Long organisationId) {
        return facts.documents().stream()
                .filter(d -> Objects.equals(d.getOrganisationId(), organisationId))
                .filter(d -> inForce(d, facts.asOf()))
                .toList();
    }

    static boolean inForce(Document document, LocalDate day) {
        return document.getAdoptedOn() != null && !document.getAdoptedOn().isAfter(day)
                && (document.getRevokedOn() == null || document.getRevokedOn().isAfter(day));
    }

    /** The residents' conventions of an organisation adopted by the day judged, in the conventions register. */
    static List<Convention> adoptedConventions(CommunityFacts facts, Long organisationId) {
        return facts.conventions().stream()
                .filter(c -> Objects.equals(c.getOrganisationId(), organisationId))
                .filter(c -> c.getAdoptedOn() != null && !c.getAdoptedOn().isAfter(facts.asOf()))
                .toList();
    }

    /** {@code part / whole} as a percentage with two decimals, for messages and facts. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** A number as people read it: no trailing zeros, no exponent. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** A list for a message: items joined by commas, or a dash when there are none. */
    static String join(List<String> items) {
        return items.isEmpty() ? "-" : String.join(",", items);
    }
}
