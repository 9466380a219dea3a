package org.linli.policy.beijing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
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
 * BJ-02, 下属委员会人数: each sub-committee has from 7 to 9 members, the chair included, counted as
 * the persons sitting in its current term on the day judged (one person holding two posts counts
 * once).
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class SubCommitteeSize extends BaseRule {
    static final String MIN = "minMembers";
    static final String MAX = "maxMembers";

    public SubCommitteeSize() {
        super("BJ-02", RuleKind.CHECK, SubjectKind.SUB_COMMITTEE,
                Text.of("下属委员会由7至9人组成", "Each sub-committee has 7 to 9 members"),
                new Clause(Beijing.SOURCE, "各下属委员会由7—9人组成"),
                new Parameter(MIN, "7", Text.of("下属委员会最少人数", "Fewest members of a sub-committee")),
                new Parameter(MAX, "9", Text.of("下属委员会最多人数", "Most members of a sub-committee")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> subCommittees = CommunityRecords.subCommittees(facts);
        if (subCommittees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记下属委员会", facts.community().getName() + " has no sub-committee recorded"));
        }
        int min = parameters.integer(MIN);
        int max = parameters.integer(MAX);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation sub : subCommittees) {
            Subject subject = CommunityReadings.subject(SubjectKind.SUB_COMMITTEE, sub);
            Optional<Term> term = CommunityReadings.sittingTerm(facts, sub.getId());
            if (term.isEmpty()) {
                outcomes.add(Outcome.missingData(subject, sub.getName() + "在" + facts.asOf() + "没有在任的届期",
                        sub.getName() + " has no term sitting on " + facts.asOf()));
                continue;
            }
            List<Membership> members = CommunityReadings.persons(CommunityReadings.sittingMembers(facts, term.get()));
            int count = members.size();
            outcomes.add(Outcome.when(count >= min && count <= max, subject,
                    Text.of(sub.getName() + "有" + count + "名成员,在" + min + "—" + max + "人之内",
                            sub.getName() + " has " + count + " members, within " + min + " to " + max),
                    Text.of(sub.getName() + "有" + count + "名成员,应为" + min + "—" + max + "人",
                            sub.getName() + " has " + count + " members where " + min + " to " + max + " are required"))
                    .fact("term", CommunityReadings.term(term.get()))
                    .fact("members", count)
                    .fact(MIN, min)
                    .fact(MAX, max));
        }
        return outcomes;
    }
}
