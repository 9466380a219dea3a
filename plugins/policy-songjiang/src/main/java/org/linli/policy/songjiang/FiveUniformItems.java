package org.linli.policy.songjiang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linli.organisations.Document;
import org.linli.organisations.Facility;
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
 * SJ-05 五统一: door plate, station set-up, work rules, publicity and notices, service-window
 * signage to the uniform standard. There is no code for "uniform item"; each item maps to codes
 * that exist, facility kinds (code list facility) or document kinds (code list document), and is
 * met when the committee has at least one of them in use or in force:
 * <ul>
 * <li>机构门牌 door plate: facility {@code door-plate};</li>
 * <li>站点设置 station set-up: facility {@code service-station};</li>
 * <li>工作制度 work rules: any of the documents {@code rules-*}; that all seven are on file is SJ-08;</li>
 * <li>宣传公告 publicity and notices: facility {@code publicity-board} or {@code affairs-board};</li>
 * <li>服务窗口标志标识 service-window signage: facility {@code service-window-sign}.</li>
 * </ul>
 * Whether the items follow the district's uniform design is not recorded, so only their presence
 * is checked. A committee with neither facilities nor documents recorded gives no verdict.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class FiveUniformItems extends BaseRule {
    static final String DOOR_PLATE = "doorPlate";
    static final String STATIONS = "stations";
    static final String WORK_RULES = "workRules";
    static final String NOTICES = "notices";
    static final String WINDOW_SIGNS = "windowSigns";

    /** The five items in the clause's order: parameter, Chinese name, English name. */
    private static final String[][] ITEMS = {
            {DOOR_PLATE, "机构门牌", "door plate"},
            {STATIONS, "站点设置", "station set-up"},
            {WORK_RULES, "工作制度", "work rules"},
            {NOTICES, "宣传公告", "publicity and notices"},
            {WINDOW_SIGNS, "服务窗口标志标识", "service-window signage"}};

    public FiveUniformItems() {
        super("SJ-05", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("机构门牌、站点设置、工作制度、宣传公告、服务窗口标志标识五统一", "Five uniform items: door plate, stations, work rules, notices, window signage"),
                new Clause(Songjiang.SOURCE, "实施机构门牌、站点设置、工作制度、宣传公告、服务窗口标志标识“五统一”标准"),
                new Parameter(DOOR_PLATE, "door-plate", Text.of("机构门牌:任一设施或文件代码", "Door plate: any of these facility or document codes")),
                new Parameter(STATIONS, "service-station", Text.of("站点设置:任一设施或文件代码", "Station set-up: any of these facility or document codes")),
                new Parameter(WORK_RULES, "rules-meeting,rules-study,rules-attendance,rules-seal,rules-duty,rules-visit,rules-reception",
                        Text.of("工作制度:任一设施或文件代码", "Work rules: any of these facility or document codes")),
                new Parameter(NOTICES, "publicity-board,affairs-board", Text.of("宣传公告:任一设施或文件代码", "Publicity and notices: any of these facility or document codes")),
                new Parameter(WINDOW_SIGNS, "service-window-sign", Text.of("服务窗口标志标识:任一设施或文件代码", "Service-window signage: any of these facility or document codes")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            Set<String> present = new HashSet<>();
            Records.facilities(facts, committee.getId()).stream().map(Facility::getKind).forEach(present::add);
            Records.documents(facts, committee.getId()).stream().map(Document::getKind).forEach(present::add);
            if (present.isEmpty()) {
                outcomes.add(Outcome.missingData(subject,
                        "居委会" + committee.getName() + "未登记设施和文件",
                        "Residents' committee " + committee.getName() + " has neither facilities nor documents recorded"));
                continue;
            }
            List<String> missingZh = new ArrayList<>();
            List<String> missingEn = new ArrayList<>();
            List<String[]> met = new ArrayList<>();
            for (String[] item : ITEMS) {
                boolean ok = p.list(item[0]).stream().anyMatch(present::contains);
                met.add(new String[] {item[0], String.valueOf(ok)});
                if (!ok) {
                    missingZh.add(item[1]);
                    missingEn.add(item[2]);
                }
            }
            int have = ITEMS.length - missingZh.size();
            Outcome outcome = Outcome.when(missingZh.isEmpty(), subject,
                    Text.of("居委会" + committee.getName() + "五统一事项齐全(" + have + "/" + ITEMS.length + ")",
                            "Residents' committee " + committee.getName() + " has all " + ITEMS.length + " uniform items"),
                    Text.of("居委会" + committee.getName() + "五统一缺" + missingZh.size() + "项:" + String.join("、", missingZh),
                            "Residents' committee " + committee.getName() + " lacks " + missingEn.size() + " of " + ITEMS.length
                                    + " uniform items: " + String.join(", ", missingEn)));
            outcome.fact("itemsMet", have).fact("itemsRequired", ITEMS.length);
            for (String[] m : met) {
                outcome.fact(m[0], m[1]);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
