package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.util.List;
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
import org.linli.territory.TerritoryLevel;
import org.osgi.service.component.annotations.Component;

/**
 * SJ-01 居委会管理规模: a residents' committee manages about 1,500 actually resident households
 * (实际居住户数). "About" is read as the target plus a tolerance; a community above
 * {@code households × (100 + tolerancePercent) / 100} (1,650 by default) should be split. The
 * subject is the community, the area one committee manages (居民区), with the households living
 * in its dwellings; a community with no households recorded cannot be judged.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class ManagementScale extends BaseRule {
    static final String HOUSEHOLDS = "households";
    static final String TOLERANCE = "tolerancePercent";

    public ManagementScale() {
        super("SJ-01", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("居民区管理规模控制在1500户左右", "Households managed by a residents' committee around 1,500"),
                new Clause(Songjiang.SOURCE, "将居民区的管理规模控制在 1500 户左右实际居住户数"),
                new Parameter(HOUSEHOLDS, "1500", Text.of("管理规模目标户数(实际居住户数)", "Target number of actually resident households")),
                new Parameter(TOLERANCE, "10", Text.of("\"左右\"允许超出目标的百分比", "How far above the target, in percent, \"about\" still allows")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        Subject community = CommunityReadings.community(facts);
        long households = facts.households();
        int dwellings = facts.nodes(TerritoryLevel.DWELLING).size();
        int target = p.integer(HOUSEHOLDS);
        BigDecimal tolerance = p.decimal(TOLERANCE);
        BigDecimal bound = BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(100).add(tolerance))
                .divide(BigDecimal.valueOf(100));
        if (households == 0) {
            return List.of(Outcome.missingData(community,
                    "社区" + community.name() + "未登记实际居住户数(房屋" + dwellings + "套)",
                    "Community " + community.name() + " has no resident households recorded (" + dwellings + " dwellings)")
                    .fact("households", households).fact("dwellings", dwellings));
        }
        boolean within = BigDecimal.valueOf(households).compareTo(bound) <= 0;
        Outcome outcome = Outcome.when(within, community,
                Text.of("社区" + community.name() + "实际居住" + households + "户,未超过上限" + Records.plain(bound) + "户(目标" + target + "户左右)",
                        "Community " + community.name() + " has " + households + " resident households, within the bound of "
                                + Records.plain(bound) + " (target about " + target + ")"),
                Text.of("社区" + community.name() + "实际居住" + households + "户,超过上限" + Records.plain(bound) + "户(目标" + target + "户左右),应调整规模",
                        "Community " + community.name() + " has " + households + " resident households, above the bound of "
                                + Records.plain(bound) + " (target about " + target + "); it should be split"));
        return List.of(outcome.fact("households", households).fact("targetHouseholds", target)
                .fact("tolerancePercent", Records.plain(tolerance)).fact("upperBound", Records.plain(bound)));
    }
}
