package org.linli.policy.songjiang;

import java.util.ArrayList;
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
 * SJ-07 居委会工作职责公示: the committee publishes five items: basic facts, organisation chart with
 * staff photos and duties, community plan (grid map), service flowcharts, other notices for residents.
 * Each is a document of the committee in force on the day judged, of the kinds {@code disclosure-*}
 * (code list document). Where it is posted (service-station hall, outdoor board, website) may be in
 * the document's reference but is not checked. A committee with no documents recorded at all gives no
 * verdict.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class PublicDisclosure extends BaseRule {
    static final String DISCLOSURES = "disclosures";

    public PublicDisclosure() {
        super("SJ-07", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会基本情况和职责任务五项公示", "Public disclosure of the committee's five items"),
                new Clause(Songjiang.SOURCE,
                        "将居委会的基本情况和承担的职责任务,在社区服务站大厅墙面、户外宣传栏等显著位置或社区网站、公众号进行公示:①社区基本情况介绍;②社区居委会组织架构图,工作人员照片与分工相关信息;③社区平面图(网格图);④社区服务事项流程图;⑤本社区居民应知晓的其他相关内容"),
                new Parameter(DISCLOSURES,
                        "disclosure-basic-facts,disclosure-organisation-chart,disclosure-grid-map,disclosure-service-flow,disclosure-notices",
                        Text.of("须公示的事项(代码表document)", "Items to be disclosed (code list document)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        List<String> required = p.list(DISCLOSURES);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            List<Document> documents = Records.documents(facts, committee.getId());
            if (documents.isEmpty()) {
                outcomes.add(Outcome.missingData(subject,
                        "居委会" + committee.getName() + "未登记任何有效文件",
                        "Residents' committee " + committee.getName() + " has no documents in force recorded")
                        .fact("required", Records.join(required)));
                continue;
            }
            Set<String> present = documents.stream().map(Document::getKind).collect(Collectors.toSet());
            List<String> missing = required.stream().filter(k -> !present.contains(k)).toList();
            int have = required.size() - missing.size();
            outcomes.add(Outcome.when(missing.isEmpty(), subject,
                    Text.of("居委会" + committee.getName() + "公示事项齐全(" + have + "/" + required.size() + ")",
                            "Residents' committee " + committee.getName() + " discloses all " + required.size() + " items"),
                    Text.of("居委会" + committee.getName() + "公示事项缺" + missing.size() + "项:" + Records.join(missing),
                            "Residents' committee " + committee.getName() + " does not disclose " + missing.size() + " of "
                                    + required.size() + " items: " + Records.join(missing)))
                    .fact("required", Records.join(required)).fact("disclosed", have).fact("missing", Records.join(missing)));
        }
        return outcomes;
    }
}
