package org.linli.policy.beijing;

import java.math.BigDecimal;
import java.util.List;
import org.linli.organisations.Facility;
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
 * BJ-13, 一刻钟社区服务圈: the target is a share, at least 95% of the city's urban communities
 * covered, and a share is a figure over many communities, not a property of one. So this
 * indicator gives each urban community its part of the figure as a verdict: PASS when it is
 * covered, FAIL when it is not, with {@code targetShare} among the facts; the share of PASS among
 * the communities judged is the figure a report sets against the target.
 * <p>
 * Linli records no walking distances, so "covered" reads as: the community has a facility of a kind
 * in {@code facilityKinds} (default {@code service-station}, 社区服务站) in use on the day judged.
 * Communities run by a village committee alone are rural, outside the clause's 城市社区:
 * NOT_APPLICABLE.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class ServiceCircle extends BaseRule {
    static final String TARGET = "targetShare";
    static final String FACILITY_KINDS = "facilityKinds";

    public ServiceCircle() {
        super("BJ-13", RuleKind.INDICATOR, SubjectKind.COMMUNITY,
                Text.of("一刻钟社区服务圈覆盖95%以上城市社区", "15-minute service circle covers at least 95% of urban communities"),
                new Clause(Beijing.SOURCE, "新建100个“一刻钟社区服务圈”,累计覆盖95%以上城市社区"),
                new Parameter(TARGET, "95", Text.of("服务圈覆盖城市社区的目标比例(%)", "Target share of urban communities covered (%)")),
                new Parameter(FACILITY_KINDS, "service-station", Text.of("视为服务圈覆盖的设施类别(代码表 facility 的代码,逗号分隔)",
                        "Facility kinds that count as service-circle cover (codes of the list facility, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = facts.community().getName();
        BigDecimal target = parameters.decimal(TARGET);
        List<String> kinds = parameters.list(FACILITY_KINDS);
        boolean urban = !CommunityReadings.organisations(facts, OrganisationKind.RESIDENTS_COMMITTEE).isEmpty();
        boolean village = !CommunityReadings.organisations(facts, OrganisationKind.VILLAGE_COMMITTEE).isEmpty();
        if (!urban) {
            return List.of(village
                    ? Outcome.notApplicable(community, name + "是村,不属于城市社区", name + " is a village, not an urban community")
                            .fact(TARGET, target)
                    : Outcome.missingData(community, name + "未登记居(村)委会,无法判断是否为城市社区",
                            name + " has no residents' or village committee recorded, so whether it is urban is unknown").fact(TARGET, target));
        }
        List<Facility> facilities = facts.facilities().stream()
                .filter(f -> kinds.contains(f.getKind()) && (f.getSince() == null || !f.getSince().isAfter(facts.asOf()))).toList();
        return List.of(Outcome.when(!facilities.isEmpty(), community,
                        Text.of(name + "已纳入一刻钟社区服务圈(" + facilities.size() + "处服务设施)",
                                name + " is covered by a 15-minute service circle (" + facilities.size() + " service facilities)"),
                        Text.of(name + "没有服务圈设施(" + String.join(",", kinds) + "),未计入覆盖;目标覆盖" + target + "%以上城市社区",
                                name + " has no service-circle facility (" + String.join(", ", kinds) + ") and is not covered; the target is "
                                        + target + "% of urban communities"))
                .fact("covered", !facilities.isEmpty())
                .fact("serviceFacilities", facilities.size())
                .fact(FACILITY_KINDS, String.join(",", kinds))
                .fact(TARGET, target));
    }
}
