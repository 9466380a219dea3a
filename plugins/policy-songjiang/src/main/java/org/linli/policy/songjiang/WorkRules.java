package org.linli.policy.songjiang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.organisations.Document;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
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
 * SJ-08 居委会日常工作制度: the seven daily work rules (meetings, study, attendance, seal use, duty,
 * visits, reception) on file, and a residents' convention (居民公约) and autonomy charter (自治章程)
 * drawn up. Each is a document of the committee in force on the day judged (code list document); a
 * residents' convention adopted in the conventions register counts as well, since a committee may
 * keep it there rather than as a document. Whether the rules are bound in a book where residents can
 * read them (汇编成册) is not recorded. A committee with neither documents nor conventions recorded
 * gives no verdict.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class WorkRules extends BaseRule {
    static final String RULES = "rules";
    static final String CONVENTION = "residents-convention";

    public WorkRules() {
        super("SJ-08", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会日常工作制度及居民公约、自治章程", "Daily work rules, residents' convention and autonomy charter on file"),
                new Clause(Songjiang.SOURCE,
                        "健全细化居委会日常工作制度(会议制度、学习制度、考勤制度、印章管理使用制度、值班制度、走访制度、接待制度等),拟定社区居民公约和自治章程"),
                new Parameter(RULES,
                        "rules-meeting,rules-study,rules-attendance,rules-seal,rules-duty,rules-visit,rules-reception,residents-convention,autonomy-charter",
                        Text.of("须建立的制度和公约章程(代码表document)", "Rules, convention and charter required (code list document)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        List<String> required = p.list(RULES);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            Set<String> present = Records.documents(facts, committee.getId()).stream().map(Document::getKind)
                    .collect(Collectors.toCollection(HashSet::new));
            boolean conventionAdopted = !Records.adoptedConventions(facts, committee.getId()).isEmpty();
            if (conventionAdopted) {
                present.add(CONVENTION);
            }
            if (present.isEmpty()) {
                outcomes.add(Outcome.missingData(subject,
                        "居委会" + committee.getName() + "未登记任何有效制度文件",
                        "Residents' committee " + committee.getName() + " has no rules or other documents in force recorded")
                        .fact("required", Records.join(required)));
                continue;
            }
            List<String> missing = required.stream().filter(k -> !present.contains(k)).toList();
            int have = required.size() - missing.size();
            outcomes.add(Outcome.when(missing.isEmpty(), subject,
                    Text.of("居委会" + committee.getName() + "制度齐全(" + have + "/" + required.size() + ")",
                            "Residents' committee " + committee.getName() + " has all " + required.size() + " rules on file"),
                    Text.of("居委会" + committee.getName() + "制度缺" + missing.size() + "项:" + Records.join(missing),
                            "Residents' committee " + committee.getName() + " lacks " + missing.size() + " of " + required.size()
                                    + " rules: " + Records.join(missing)))
                    .fact("required", Records.join(required)).fact("onFile", have).fact("missing", Records.join(missing))
                    .fact("conventionAdopted", conventionAdopted));
        }
        return outcomes;
    }
}
