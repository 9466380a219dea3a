package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.linli.affairs.Convention;
import org.linli.organisations.Document;
import org.linli.organisations.Facility;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
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

    /** The community's residents' (or village) committees in being on the day judged, as every plugin reads them. */
    static List<Organisation> committees(CommunityFacts facts) {
        return CommunityReadings.committees(facts);
    }

    /** The one outcome of a rule that judges residents' committees when the community records none. */
    static Outcome noCommittee(CommunityFacts facts) {
        return Outcome.missingData(CommunityReadings.community(facts),
                "社区" + facts.community().getName() + "未登记居委会",
                "Community " + facts.community().getName() + " has no residents' committee recorded")
                .fact("residentsCommittees", 0);
    }

    /**
     * The persons sitting in an organisation on the day judged, one post each: the posts of its
     * sitting term held that day ({@link CommunityReadings#sittingMembers}), a person holding two
     * counting once.
     */
    static List<Membership> sittingMembers(CommunityFacts facts, Long organisationId) {
        return CommunityReadings.persons(CommunityReadings.sittingMembers(facts, organisationId));
    }

    /** The facilities of an organisation in use on the day judged (an unknown date counts: it is recorded as there). */
    static List<Facility> facilities(CommunityFacts facts, Long organisationId) {
        return facts.facilities().stream()
                .filter(f -> Objects.equals(f.getOrganisationId(), organisationId))
                .filter(f -> f.getSince() == null || !f.getSince().isAfter(facts.asOf()))
                .toList();
    }

    /** The documents of an organisation in force on the day judged, as every plugin reads them. */
    static List<Document> documents(CommunityFacts facts, Long organisationId) {
        return facts.documents().stream()
                .filter(d -> Objects.equals(d.getOrganisationId(), organisationId))
                .filter(d -> CommunityReadings.inForce(d, facts.asOf()))
                .toList();
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
