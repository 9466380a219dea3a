package org.linli.policy.beijing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * The readings of a community's records that several Beijing rules share beyond
 * {@link CommunityReadings}: sub-committees, and each with its residents' committee's sitting term.
 */
final class CommunityRecords {

    private CommunityRecords() {
    }

    static List<Organisation> subCommittees(CommunityFacts facts) {
        return CommunityReadings.organisations(facts, OrganisationKind.SUB_COMMITTEE);
    }

    static boolean holdsPostIn(Membership person, List<Membership> posts) {
        return posts.stream().anyMatch(post -> CommunityReadings.samePerson(person, post));
    }

    static String names(List<Membership> posts) {
        return posts.isEmpty() ? "-" : posts.stream().map(m -> String.valueOf(m.getPersonName())).collect(Collectors.joining("、"));
    }

    /**
     * A sub-committee's sitting term with its residents' (village) committee and that committee's
     * sitting term on the day judged; {@code missing} says which of them cannot be found instead.
     */
    record Sitting(Organisation committee, Term term, Term committeeTerm, Outcome missing) {
    }

    static Sitting sittingWithCommittee(CommunityFacts facts, Organisation sub) {
        Subject subject = CommunityReadings.subject(SubjectKind.SUB_COMMITTEE, sub);
        Optional<Organisation> committee = CommunityReadings.organisation(facts, sub.getParentId())
                .filter(CommunityReadings::committee);
        if (committee.isEmpty()) {
            return new Sitting(null, null, null, Outcome.missingData(subject, sub.getName() + "未关联所属的居(村)委会",
                    sub.getName() + " names no residents' or village committee it belongs to"));
        }
        Optional<Term> term = CommunityReadings.sittingTerm(facts, sub.getId());
        Optional<Term> committeeTerm = CommunityReadings.sittingTerm(facts, committee.get().getId());
        if (term.isEmpty() || committeeTerm.isEmpty()) {
            Organisation without = term.isEmpty() ? sub : committee.get();
            return new Sitting(committee.get(), null, null, Outcome.missingData(subject,
                    without.getName() + "在" + facts.asOf() + "没有在任的届期", without.getName() + " has no term sitting on " + facts.asOf()));
        }
        return new Sitting(committee.get(), term.get(), committeeTerm.get(), null);
    }
}
