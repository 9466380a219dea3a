package org.linli.policy.songjiang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * SJ-04 四室两站两栏: four rooms (committee office, residents' appeal mediation room, autonomy
 * deliberation room, culture and sports room), two stations (community service station, volunteer
 * station) and two boards (party and committee affairs board, publicity board), as facilities of
 * the committee in use on the day judged. One room may serve several uses (一室多用): it is then
 * recorded once per use, so the rule asks only that each kind be recorded, not that the rooms be
 * distinct. A committee with no facilities recorded at all gives no verdict.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class RoomsStationsBoards extends BaseRule {
    static final String ROOMS = "rooms";

    public RoomsStationsBoards() {
        super("SJ-04", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("四室两站两栏", "Four rooms, two stations, two boards"),
                new Clause(Songjiang.SOURCE,
                        "优化居委会基础设施功能,达到“四室两站两栏”的标准,“四室”即居委会办公室、居民诉求调解室、居民自治议事室和居民综合文体活动室; “两站”即社区服务站和社区志愿者工作站; “两栏”即党居务公开栏和社区宣传栏"),
                new Parameter(ROOMS,
                        "office,mediation-room,deliberation-room,culture-sports-room,service-station,volunteer-station,affairs-board,publicity-board",
                        Text.of("必备的设施种类(代码表facility)", "Facility kinds required (code list facility)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        List<String> required = p.list(ROOMS);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            List<Facility> facilities = Records.facilities(facts, committee.getId());
            if (facilities.isEmpty()) {
                outcomes.add(Outcome.missingData(subject,
                        "居委会" + committee.getName() + "未登记任何设施",
                        "Residents' committee " + committee.getName() + " has no facilities recorded")
                        .fact("required", Records.join(required)));
                continue;
            }
            Set<String> present = facilities.stream().map(Facility::getKind).collect(Collectors.toSet());
            List<String> missing = required.stream().filter(k -> !present.contains(k)).toList();
            int have = required.size() - missing.size();
            outcomes.add(Outcome.when(missing.isEmpty(), subject,
                    Text.of("居委会" + committee.getName() + "四室两站两栏齐全(" + have + "/" + required.size() + ")",
                            "Residents' committee " + committee.getName() + " has all " + required.size() + " rooms, stations and boards"),
                    Text.of("居委会" + committee.getName() + "四室两站两栏缺" + missing.size() + "项:" + Records.join(missing),
                            "Residents' committee " + committee.getName() + " lacks " + missing.size() + " of " + required.size()
                                    + " rooms, stations and boards: " + Records.join(missing)))
                    .fact("required", Records.join(required)).fact("present", have).fact("missing", Records.join(missing)));
        }
        return outcomes;
    }
}
