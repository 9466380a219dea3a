package org.linli.policy.songjiang;

import java.util.List;
import java.util.Objects;
import org.linli.organisations.Document;
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
 * SJ-13 协助行政事务社区准入: administrative tasks given to a residents' committee must be on the
 * district's admission list (《松江区居村委会协助行政事务清单》); others are refused.
 * <p>
 * What is checked: the community keeps the admission list on file, a document of kind
 * {@code admission-list} (code list document) of any of its organisations, in force on the day
 * judged. None while other documents are recorded fails; no documents recorded at all gives no
 * verdict.
 * <p>
 * What is not checked: whether each task the committee actually does is on the list. Linli keeps no
 * record of administrative tasks assigned to a committee; the service catalogue marks services that
 * are admitted administrative tasks, but the facts a rule reads carry no catalogue and no assignment
 * of tasks to the committee, so a task outside the list cannot be seen, nor refused.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class AdmissionList extends BaseRule {
    static final String KINDS = "documentKinds";

    public AdmissionList() {
        super("SJ-13", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("协助行政事务社区准入清单", "Admission list of administrative tasks on file"),
                new Clause(Songjiang.SOURCE,
                        "推行协助行政事务社区准入机制,根据《松江区居村委会协助行政事务清单》,确需居委会承担或者协助办理的行政事务,实行准入管理"),
                new Parameter(KINDS, "admission-list",
                        Text.of("可作为准入清单的文件种类(代码表document)", "Document kinds that count as the admission list (code list document)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        Subject community = CommunityReadings.community(facts);
        List<String> kinds = p.list(KINDS);
        List<Document> inForce = facts.documents().stream().filter(d -> CommunityReadings.inForce(d, facts.asOf())).toList();
        if (inForce.isEmpty()) {
            return List.of(Outcome.missingData(community, "社区" + community.name() + "未登记任何有效文件",
                    "Community " + community.name() + " has no documents in force recorded").fact("documents", 0));
        }
        List<Document> lists = inForce.stream().filter(d -> kinds.contains(d.getKind())).toList();
        Outcome outcome = lists.isEmpty()
                ? Outcome.fail(community, "社区" + community.name() + "未备有协助行政事务准入清单",
                        "Community " + community.name() + " keeps no admission list of administrative tasks")
                : Outcome.pass(community, "社区" + community.name() + "备有准入清单《" + lists.get(0).getTitle() + "》(" + Objects.toString(lists.get(0).getAdoptedOn(), "?") + ")",
                        "Community " + community.name() + " keeps the admission list '" + lists.get(0).getTitle() + "' of " + Objects.toString(lists.get(0).getAdoptedOn(), "?"));
        return List.of(outcome.fact("documents", inForce.size()).fact("admissionLists", lists.size()).fact("kinds", Records.join(kinds)));
    }
}
