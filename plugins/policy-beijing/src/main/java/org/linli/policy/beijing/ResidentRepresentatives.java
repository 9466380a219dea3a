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
 * BJ-04, 下属委员会中的居民代表: at least 3 of each sub-committee's sitting members are resident
 * representatives (居民代表). The other members (property company, police office, social
 * organisations, building heads) are allowed and not counted here.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class ResidentRepresentatives extends BaseRule {
    static final String MIN = "minRepresentatives";

    public ResidentRepresentatives() {
        super("BJ-04", RuleKind.CHECK, SubjectKind.SUB_COMMITTEE,
                Text.of("下属委员会居民代表不少于3人", "At least 3 resident representatives on each sub-committee"),
                new Clause(Beijing.SOURCE, "每个下属委员会委员中的居民代表人数不少于3人"),
                new Parameter(MIN, "3", Text.of("下属委员会中居民代表的最少人数",
                        "Fewest resident representatives among a sub-committee's members")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> subCommittees = CommunityRecords.subCommittees(facts);
        if (subCommittees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记下属委员会", facts.community().getName() + " has no sub-committee recorded"));
        }
        int min = parameters.integer(MIN);
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
            List<Membership> representatives = members.stream().filter(Membership::isResidentRepresentative).toList();
            int count = representatives.size();
            outcomes.add(Outcome.when(count >= min, subject,
                    Text.of(sub.getName() + "有居民代表" + count + "人,不少于" + min + "人",
                            sub.getName() + " has " + count + " resident representatives, at least " + min),
                    Text.of(sub.getName() + "只有居民代表" + count + "人,应不少于" + min + "人",
                            sub.getName() + " has only " + count + " resident representatives where at least " + min + " are required"))
                    .fact("term", CommunityReadings.term(term.get()))
                    .fact("members", members.size())
                    .fact("residentRepresentatives", count)
                    .fact(MIN, min));
        }
        return outcomes;
    }
}
