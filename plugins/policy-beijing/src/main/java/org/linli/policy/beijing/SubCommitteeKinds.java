package org.linli.policy.beijing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-01, 六个下属委员会: every residents' or village committee has exactly the six sub-committees of
 * the clause, one of each kind. A missing kind, a kind not in the list, or a kind set up twice fails.
 * The kinds are codes of the list {@code sub-committee}, so a district that names them differently
 * changes the parameter, not the code.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class SubCommitteeKinds extends BaseRule {
    static final String KINDS = "kinds";
    private static final String NONE = "(none)";

    public SubCommitteeKinds() {
        super("BJ-01", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("村(居)委会统一设立六个下属委员会", "Each residents' committee has the six sub-committees"),
                new Clause(Beijing.SOURCE, "统一设立人民调解、治安保卫、公共卫生、社会福利、文化体育、共建共治等六个下属委员会"),
                new Parameter(KINDS,
                        "people-mediation,public-security,public-health,social-welfare,culture-sports,co-governance",
                        Text.of("必设的下属委员会类别(代码表 sub-committee 的代码,逗号分隔)",
                        "The sub-committee kinds required (codes of the list sub-committee, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记居(村)委会,无法核对下属委员会",
                    facts.community().getName() + " has no residents' or village committee recorded, so its sub-committees cannot be checked"));
        }
        List<String> required = parameters.list(KINDS);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            CommunityRecords.subCommittees(facts).stream()
                    .filter(s -> Objects.equals(s.getParentId(), committee.getId()))
                    .forEach(s -> counts.merge(s.getTypeCode() == null ? NONE : s.getTypeCode(), 1, Integer::sum));
            List<String> missing = required.stream().filter(k -> !counts.containsKey(k)).toList();
            List<String> extra = counts.keySet().stream().filter(k -> !required.contains(k)).toList();
            List<String> twice = counts.entrySet().stream().filter(e -> required.contains(e.getKey()) && e.getValue() > 1)
                    .map(Map.Entry::getKey).toList();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            boolean passed = missing.isEmpty() && extra.isEmpty() && twice.isEmpty();
            String name = committee.getName();
            outcomes.add(Outcome.when(passed, CommunityReadings.subject(SubjectKind.RESIDENTS_COMMITTEE, committee),
                    Text.of(name + "设有规定的" + required.size() + "个下属委员会",
                            name + " has the " + required.size() + " required sub-committees"),
                    Text.of(name + "有" + total + "个下属委员会,应为" + required.size() + "个;缺少:" + CommunityReadings.list(missing)
                                    + ";多出:" + CommunityReadings.list(extra) + ";重复:" + CommunityReadings.list(twice),
                            name + " has " + total + " sub-committees where " + required.size() + " are required; missing: "
                                    + CommunityReadings.list(missing) + "; extra: " + CommunityReadings.list(extra)
                                    + "; set up twice: " + CommunityReadings.list(twice)))
                    .fact("requiredKinds", String.join(",", required))
                    .fact("subCommittees", total)
                    .fact("kinds", counts)
                    .fact("missing", CommunityReadings.list(missing))
                    .fact("extra", CommunityReadings.list(extra))
                    .fact("duplicated", CommunityReadings.list(twice)));
        }
        return outcomes;
    }
}
