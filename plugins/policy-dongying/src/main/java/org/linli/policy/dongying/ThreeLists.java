package org.linli.policy.dongying;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * DY-07, 三张清单: the community keeps its residents' needs list, community resources list and service
 * projects list (居民需求、社区资源、服务项目), in force and current.
 * <p>
 * For each document kind of {@code documentKinds} (code list document), the latest document of that
 * kind of any of the community's organisations in force on the day judged (adopted by then, not
 * revoked) must have been adopted within {@code maxAgeDays} days before it (on the day
 * {@code asOf - maxAgeDays} still counts). The document asks the needs list to be adjusted as needs
 * change (动态调整居民需求清单) but gives no period; the year is Linli's default. The community fails
 * naming the lists missing and those stale; no document recorded at all gives MISSING_DATA. What
 * the lists contain is not read.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class ThreeLists extends BaseRule {
    static final String KINDS = "documentKinds";
    static final String MAX_AGE = "maxAgeDays";

    public ThreeLists() {
        super("DY-07", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("制定并及时更新居民需求、社区资源、服务项目三张清单",
                        "The three lists (residents' needs, community resources, service projects) are kept and current"),
                new Clause(Dongying.SOURCE_SERVICES, "制定居民需求、社区资源、服务项目“三张清单”"),
                new Parameter(KINDS, "residents-needs-list,community-resources-list,service-projects-list",
                        Text.of("三张清单的文件种类(代码表 document 的代码,逗号分隔)",
                                "Document kinds of the three lists (codes of the list document, comma-separated)")),
                new Parameter(MAX_AGE, "365", Text.of("清单距评估日最多多少天前制定(文件未规定,Linli默认值)",
                        "Most days before the day judged a list may have been adopted (the document gives none; Linli's default)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        if (facts.documents().isEmpty()) {
            return List.of(Outcome.missingData(community, name + "未登记任何文件", name + " has no document recorded").fact("documents", 0));
        }
        List<String> kinds = parameters.list(KINDS);
        int maxAge = parameters.integer(MAX_AGE);
        LocalDate oldest = facts.asOf().minusDays(maxAge);
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String kind : kinds) {
            List<Document> inForce = GridRecords.inForce(facts, kind);
            if (inForce.isEmpty()) {
                missing.add(kind);
            } else if (inForce.get(0).getAdoptedOn() == null || inForce.get(0).getAdoptedOn().isBefore(oldest)) {
                // A list on file without an adoption date is in force, but not known to be renewed.
                stale.add(kind + " " + Objects.toString(inForce.get(0).getAdoptedOn(), "?"));
            } else {
                current.add(kind + " " + inForce.get(0).getAdoptedOn());
            }
        }
        return List.of(Outcome.when(missing.isEmpty() && stale.isEmpty(), community,
                        Text.of(name + "的三张清单齐全且在" + maxAge + "天内制定:" + GridRecords.list(current),
                                name + " keeps all its lists, adopted within " + maxAge + " days: " + GridRecords.list(current)),
                        Text.of(name + "的清单缺少 " + GridRecords.list(missing) + ";超过" + maxAge + "天未更新 " + GridRecords.list(stale),
                                name + " lacks the lists " + GridRecords.list(missing) + "; lists not renewed within " + maxAge
                                        + " days: " + GridRecords.list(stale)))
                .fact("current", GridRecords.list(current))
                .fact("missing", GridRecords.list(missing))
                .fact("stale", GridRecords.list(stale))
                .fact(KINDS, GridRecords.list(kinds))
                .fact(MAX_AGE, maxAge));
    }
}
