package org.linli.policy.beijing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-06, 一肩挑 and 交叉任职, the two halves of one clause, each judged on its own subject:
 * <ul>
 * <li>each residents' or village committee: its sitting chair (主任) is the same person as the
 * sitting secretary (书记) of the community party organisation (the party organisations of the
 * community that hang under no other party organisation of it, so branches do not count);</li>
 * <li>each owners' committee (业委会): at least {@code minCrossMembers} of its sitting members also
 * sit on the community party organisation or the residents' committee. The clause names no number;
 * 1 reads "落实交叉任职" as "at least one person cross-serves", which a district may raise.</li>
 * </ul>
 * A community without an owners' committee gets NOT_APPLICABLE for the second half (the clause
 * applies "where one exists"), unless it also lacks a residents' committee, when one MISSING_DATA
 * finding on the community says so, so that the community has one finding, not two.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class JointPosts extends BaseRule {
    static final String MIN_CROSS = "minCrossMembers";

    public JointPosts() {
        super("BJ-06", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("书记主任一肩挑,两委成员与业委会交叉任职",
                        "Party secretary is committee director; party and committee members cross-serve on the owners' committee"),
                new Clause(Beijing.SOURCE, "推进社区党组织书记和居委会主任“一肩挑”。落实社区党组织和居委会成员与业委会委员交叉任职"),
                new Parameter(MIN_CROSS, "1", Text.of(
                        "业委会委员中至少有几人同时是社区党组织或居委会成员(文件未规定人数)",
                        "Fewest owners' committee members who also sit on the party organisation or residents' committee (the document gives no number)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.committees(facts);
        List<Organisation> owners = CommunityReadings.organisations(facts, OrganisationKind.OWNERS_COMMITTEE);
        List<Organisation> parties = topPartyOrganisations(facts);
        List<Outcome> outcomes = new ArrayList<>();
        if (committees.isEmpty()) {
            outcomes.add(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记居(村)委会,无法核对“一肩挑”",
                    facts.community().getName() + " has no residents' or village committee recorded, so 一肩挑 cannot be checked"));
        } else if (owners.isEmpty()) {
            outcomes.add(Outcome.notApplicable(CommunityReadings.community(facts),
                    facts.community().getName() + "没有业委会,交叉任职不适用",
                    facts.community().getName() + " has no owners' committee, so cross-serving does not apply"));
        }
        for (Organisation committee : committees) {
            outcomes.add(oneShoulder(facts, committee, parties));
        }
        int min = parameters.integer(MIN_CROSS);
        List<Membership> partyAndCommittee = Stream.concat(parties.stream(), committees.stream())
                .flatMap(o -> CommunityReadings.sittingMembers(facts, o.getId()).stream()).toList();
        for (Organisation owner : owners) {
            outcomes.add(crossServing(facts, owner, partyAndCommittee, min));
        }
        return outcomes;
    }

    /** The community party organisation: those not under another party organisation of the community. */
    private static List<Organisation> topPartyOrganisations(CommunityFacts facts) {
        List<Organisation> parties = CommunityReadings.organisations(facts, OrganisationKind.PARTY_ORGANISATION);
        return parties.stream().filter(p -> parties.stream().noneMatch(q -> Objects.equals(q.getId(), p.getParentId()))).toList();
    }

    private static Outcome oneShoulder(CommunityFacts facts, Organisation committee, List<Organisation> parties) {
        Subject subject = CommunityReadings.subject(SubjectKind.RESIDENTS_COMMITTEE, committee);
        String name = committee.getName();
        if (parties.isEmpty()) {
            return Outcome.missingData(subject, facts.community().getName() + "未登记社区党组织,无法核对“一肩挑”",
                    facts.community().getName() + " has no party organisation recorded, so 一肩挑 cannot be checked");
        }
        List<Membership> secretaries = parties.stream()
                .flatMap(p -> CommunityReadings.sittingMembers(facts, p.getId()).stream())
                .filter(m -> m.getRole() == MemberRole.SECRETARY).toList();
        List<Membership> chairs = CommunityReadings.sittingMembers(facts, committee.getId()).stream()
                .filter(m -> m.getRole() == MemberRole.CHAIR).toList();
        if (secretaries.isEmpty() || chairs.isEmpty()) {
            return Outcome.missingData(subject,
                    (secretaries.isEmpty() ? "社区党组织未登记在任书记" : name + "未登记在任主任") + ",无法核对“一肩挑”",
                    (secretaries.isEmpty() ? "The party organisation has no sitting secretary recorded" : name + " has no sitting chair recorded")
                            + ", so 一肩挑 cannot be checked")
                    .fact("secretary", CommunityRecords.names(secretaries))
                    .fact("chair", CommunityRecords.names(chairs));
        }
        boolean same = chairs.stream().anyMatch(c -> CommunityRecords.holdsPostIn(c, secretaries));
        return Outcome.when(same, subject,
                Text.of("社区党组织书记" + CommunityRecords.names(secretaries) + "兼任" + name + "主任(一肩挑)",
                        "The party secretary " + CommunityRecords.names(secretaries) + " is also " + name + "'s chair (一肩挑)"),
                Text.of("社区党组织书记" + CommunityRecords.names(secretaries) + "与" + name + "主任" + CommunityRecords.names(chairs) + "不是同一人",
                        "The party secretary " + CommunityRecords.names(secretaries) + " and " + name + "'s chair "
                                + CommunityRecords.names(chairs) + " are not the same person"))
                .fact("secretary", CommunityRecords.names(secretaries))
                .fact("chair", CommunityRecords.names(chairs))
                .fact("samePerson", same);
    }

    private static Outcome crossServing(CommunityFacts facts, Organisation owner, List<Membership> partyAndCommittee, int min) {
        Subject subject = CommunityReadings.subject(SubjectKind.ORGANISATION, owner);
        String name = owner.getName();
        Optional<Term> term = CommunityReadings.sittingTerm(facts, owner.getId());
        if (term.isEmpty()) {
            return Outcome.missingData(subject, name + "在" + facts.asOf() + "没有在任的届期",
                    name + " has no term sitting on " + facts.asOf());
        }
        List<Membership> members = CommunityReadings.persons(CommunityReadings.sittingMembers(facts, term.get()));
        List<Membership> cross = members.stream().filter(m -> CommunityRecords.holdsPostIn(m, partyAndCommittee)).toList();
        return Outcome.when(cross.size() >= min, subject,
                Text.of(name + "的" + members.size() + "名委员中有" + cross.size() + "人交叉任职:" + CommunityRecords.names(cross),
                        cross.size() + " of " + name + "'s " + members.size() + " members cross-serve: " + CommunityRecords.names(cross)),
                Text.of(name + "的" + members.size() + "名委员中交叉任职" + cross.size() + "人,应不少于" + min + "人",
                        cross.size() + " of " + name + "'s " + members.size() + " members cross-serve where at least " + min + " should"))
                .fact("term", CommunityReadings.term(term.get()))
                .fact("members", members.size())
                .fact("crossServing", cross.size())
                .fact("crossServingMembers", CommunityRecords.names(cross))
                .fact(MIN_CROSS, min);
    }
}
