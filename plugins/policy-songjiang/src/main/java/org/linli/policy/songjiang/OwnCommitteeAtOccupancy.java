package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.util.List;
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
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.territory.TerritoryLevel;
import org.osgi.service.component.annotations.Component;

/**
 * SJ-02 新建小区入住率与成立居委会: a new estate below 30 % occupancy (入住率) is managed by a
 * neighbouring committee or a preparatory group (筹建组); at 30 % or more it must have its own
 * residents' committee. Occupancy is the households living in the community over its dwellings,
 * each household taken to occupy one dwelling (capped at 100 %), because the facts count
 * households, not occupied dwellings. Below the threshold the rule passes whether or not a committee
 * exists: who manages the estate meanwhile (a neighbour or a preparatory group) is not recorded.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class OwnCommitteeAtOccupancy extends BaseRule {
    static final String OCCUPANCY = "occupancyPercent";

    public OwnCommitteeAtOccupancy() {
        super("SJ-02", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("入住率达到30%后成立社区居委会", "Own residents' committee once occupancy reaches 30 %"),
                new Clause(Songjiang.SOURCE,
                        "新建小区在居民入住率未达到 30%以前,由相邻居委会代为管理或成立筹建组,居民入住达到 30%以后,按照相关规定及时成立社区居委会"),
                new Parameter(OCCUPANCY, "30",
                        Text.of("须成立居委会的入住率(百分比)", "Occupancy, in percent, from which the estate must have its own committee")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        Subject community = CommunityReadings.community(facts);
        long dwellings = facts.nodes(TerritoryLevel.DWELLING).size();
        long households = facts.households();
        BigDecimal threshold = p.decimal(OCCUPANCY);
        if (dwellings == 0) {
            return List.of(Outcome.missingData(community,
                    "社区" + community.name() + "未登记房屋,无法计算入住率",
                    "Community " + community.name() + " has no dwellings recorded, so occupancy cannot be computed")
                    .fact("dwellings", 0).fact("households", households));
        }
        long occupied = Math.min(households, dwellings);
        BigDecimal occupancy = Records.percent(occupied, dwellings);
        // exact comparison: occupied × 100 ≥ threshold × dwellings, so 30 of 100 is "reached"
        boolean reached = BigDecimal.valueOf(occupied * 100).compareTo(threshold.multiply(BigDecimal.valueOf(dwellings))) >= 0;
        List<Organisation> committees = Records.committees(facts);
        boolean own = !committees.isEmpty();
        String figures = occupied + "/" + dwellings + " = " + Records.plain(occupancy) + "%";
        Outcome outcome;
        if (!reached) {
            outcome = Outcome.pass(community,
                    "社区" + community.name() + "入住率" + figures + ",未达到" + Records.plain(threshold) + "%,可由相邻居委会代管或成立筹建组",
                    "Community " + community.name() + " occupancy " + figures + " is below " + Records.plain(threshold)
                            + " %; a neighbouring committee or a preparatory group may manage it");
        } else if (own) {
            outcome = Outcome.pass(community,
                    "社区" + community.name() + "入住率" + figures + ",已达到" + Records.plain(threshold) + "%,已成立居委会" + committees.get(0).getName(),
                    "Community " + community.name() + " occupancy " + figures + " has reached " + Records.plain(threshold)
                            + " % and it has its own committee " + committees.get(0).getName());
        } else {
            outcome = Outcome.fail(community,
                    "社区" + community.name() + "入住率" + figures + ",已达到" + Records.plain(threshold) + "%,但未成立社区居委会",
                    "Community " + community.name() + " occupancy " + figures + " has reached " + Records.plain(threshold)
                            + " % but it has no residents' committee of its own");
        }
        return List.of(outcome.fact("dwellings", dwellings).fact("households", households)
                .fact("occupancyPercent", Records.plain(occupancy)).fact("thresholdPercent", Records.plain(threshold))
                .fact("ownCommittee", own));
    }
}
