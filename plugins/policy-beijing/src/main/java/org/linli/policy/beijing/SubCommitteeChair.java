package org.linli.policy.beijing;

import java.util.ArrayList;
import java.util.List;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-03, 下属委员会主任兼任: the chair (主任) of each sub-committee sits, on the day judged, on the
 * residents' or village committee the sub-committee belongs to. A sub-committee whose sitting term
 * has no chair fails: the clause presupposes one, and the term's posts are recorded. Without a
 * sitting term of the sub-committee or of its committee there is nothing to compare: missing data.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class SubCommitteeChair extends BaseRule {
    public SubCommitteeChair() {
        super("BJ-03", RuleKind.CHECK, SubjectKind.SUB_COMMITTEE,
                Text.of("下属委员会主任由居委会成员兼任", "Each sub-committee's chair sits on the residents' committee"),
                new Clause(Beijing.SOURCE, "主任由社区居民委员会成员兼任"));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> subCommittees = CommunityRecords.subCommittees(facts);
        if (subCommittees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记下属委员会", facts.community().getName() + " has no sub-committee recorded"));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation sub : subCommittees) {
            outcomes.add(judge(facts, sub));
        }
        return outcomes;
    }

    private Outcome judge(CommunityFacts facts, Organisation sub) {
        Subject subject = CommunityReadings.subject(SubjectKind.SUB_COMMITTEE, sub);
        String name = sub.getName();
        CommunityRecords.Sitting sitting = CommunityRecords.sittingWithCommittee(facts, sub);
        if (sitting.missing() != null) {
            return sitting.missing();
        }
        List<Membership> chairs = CommunityReadings.sittingMembers(facts, sitting.term()).stream()
                .filter(m -> m.getRole() == MemberRole.CHAIR).toList();
        List<Membership> committeeMembers = CommunityReadings.sittingMembers(facts, sitting.committeeTerm());
        List<Membership> outside = chairs.stream().filter(c -> !CommunityRecords.holdsPostIn(c, committeeMembers)).toList();
        String committeeName = sitting.committee().getName();
        Outcome outcome;
        if (chairs.isEmpty()) {
            outcome = Outcome.fail(subject, name + "没有在任的主任", name + " has no sitting chair");
        } else {
            outcome = Outcome.when(outside.isEmpty(), subject,
                    Text.of(name + "主任" + CommunityRecords.names(chairs) + "是" + committeeName + "成员",
                            name + "'s chair " + CommunityRecords.names(chairs) + " sits on " + committeeName),
                    Text.of(name + "主任" + CommunityRecords.names(outside) + "不是" + committeeName + "成员",
                            name + "'s chair " + CommunityRecords.names(outside) + " does not sit on " + committeeName));
        }
        return outcome.fact("chairs", CommunityRecords.names(chairs))
                .fact("committee", committeeName)
                .fact("committeeMembers", CommunityReadings.persons(committeeMembers).size())
                .fact("chairsNotOnCommittee", CommunityRecords.names(outside));
    }
}
