package org.linli.policy.songjiang;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
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
 * SJ-06 居委会下属委员会: each residents' committee sets up the people's mediation, comprehensive
 * governance, public health and family planning, social security, culture and sports, and
 * environment and property committees (下属委员会, code list sub-committee), and each is chaired by
 * a member of the residents' committee (委员会主任由社区居委会成员兼任). The list ends in 等, so
 * further sub-committees are allowed. A sub-committee is one in being on the day judged whose
 * parent is the committee; its chair is a sitting CHAIR of it, and must be a sitting member of the
 * residents' committee (the same resident record or, without one, the same name). Missing kinds or
 * a chair from outside fail; a sub-committee without a sitting chair recorded, or a committee
 * without its own members recorded, gives no verdict when nothing else fails.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class SubCommittees extends BaseRule {
    static final String COMMITTEES = "committees";

    public SubCommittees() {
        super("SJ-06", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("设置人民调解等六个委员会,主任由居委会成员兼任",
                        "Six sub-committees, each chaired by a member of the residents' committee"),
                new Clause(Songjiang.SOURCE,
                        "设置有效承接社区管理和服务的人民调解、综合治理、公共卫生与计划生育、社会保障、文化体育、环境和物业管理等委员会,依法开展自治活动,依法协助政府及其派出机关做好有关工作。委员会主任由社区居委会成员兼任"),
                new Parameter(COMMITTEES,
                        "people-mediation,comprehensive-governance,public-health-family-planning,social-security,culture-sports,environment-property",
                        Text.of("必设的下属委员会(代码表sub-committee)", "Sub-committees required (code list sub-committee)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        List<String> required = p.list(COMMITTEES);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            List<Organisation> subs = facts.organisations().stream()
                    .filter(o -> o.getKind() == OrganisationKind.SUB_COMMITTEE)
                    .filter(o -> Objects.equals(o.getParentId(), committee.getId()))
                    .filter(o -> CommunityReadings.active(o, facts.asOf()))
                    .toList();
            Set<String> present = subs.stream().map(Organisation::getTypeCode).filter(Objects::nonNull).collect(Collectors.toSet());
            List<String> missing = required.stream().filter(k -> !present.contains(k)).toList();
            List<Membership> members = Records.sittingMembers(facts, committee.getId());
            List<String> outsideChairs = new ArrayList<>();
            List<String> noChair = new ArrayList<>();
            for (Organisation sub : subs) {
                List<Membership> chairs = CommunityReadings.sittingMembers(facts, sub.getId()).stream()
                        .filter(m -> m.getRole() == MemberRole.CHAIR).toList();
                if (chairs.isEmpty()) {
                    noChair.add(sub.getName());
                } else if (!members.isEmpty()) {
                    for (Membership chair : chairs) {
                        if (members.stream().noneMatch(m -> CommunityReadings.samePerson(m, chair))) {
                            outsideChairs.add(sub.getName() + ":" + chair.getPersonName());
                        }
                    }
                }
            }
            boolean chairsUnknown = !noChair.isEmpty() || (members.isEmpty() && !subs.isEmpty());
            String name = committee.getName();
            Outcome outcome;
            if (!missing.isEmpty() || !outsideChairs.isEmpty()) {
                List<String> zh = new ArrayList<>();
                List<String> en = new ArrayList<>();
                if (!missing.isEmpty()) {
                    zh.add("缺少下属委员会" + missing.size() + "个:" + Records.join(missing));
                    en.add("lacks " + missing.size() + " of " + required.size() + " sub-committees: " + Records.join(missing));
                }
                if (!outsideChairs.isEmpty()) {
                    zh.add("主任非居委会成员:" + Records.join(outsideChairs));
                    en.add("chairs who are not members of the residents' committee: " + Records.join(outsideChairs));
                }
                outcome = Outcome.fail(subject, "居委会" + name + String.join(";", zh),
                        "Residents' committee " + name + " " + String.join("; ", en));
            } else if (chairsUnknown) {
                outcome = Outcome.missingData(subject,
                        "居委会" + name + "下属委员会齐全,但" + (members.isEmpty() ? "未登记居委会在任成员" : "未登记主任:" + Records.join(noChair)),
                        "Residents' committee " + name + " has every sub-committee required, but "
                                + (members.isEmpty() ? "no sitting members of its own are recorded" : "no sitting chair is recorded for: " + Records.join(noChair)));
            } else {
                outcome = Outcome.pass(subject,
                        "居委会" + name + "设有" + subs.size() + "个下属委员会(必设" + required.size() + "个齐全),主任均由居委会成员兼任",
                        "Residents' committee " + name + " has " + subs.size() + " sub-committees (all " + required.size()
                                + " required ones), each chaired by a member of the residents' committee");
            }
            outcomes.add(outcome.fact("required", Records.join(required)).fact("subCommittees", subs.size())
                    .fact("missing", Records.join(missing)).fact("chairsNotCommitteeMembers", Records.join(outsideChairs))
                    .fact("withoutChair", Records.join(noChair)).fact("committeeMembers", members.size()));
        }
        return outcomes;
    }
}
