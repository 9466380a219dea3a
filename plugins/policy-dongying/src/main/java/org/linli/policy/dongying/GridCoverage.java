package org.linli.policy.dongying;

import java.util.List;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.territory.TerritoryLevel;
import org.osgi.service.component.annotations.Component;

/**
 * DY-01, 网格不留空白: every household of a community lies in exactly one grid (网格), none outside a
 * grid and none in two.
 * <p>
 * A household lies where its dwelling does: the rule follows each dwelling of the household map
 * ({@link CommunityFacts#householdsByDwelling()}) up the community's tree, through its building or
 * directly, to the nearest grid. A household whose dwelling meets no grid on the way up, or whose
 * dwelling the community's tree does not hold, lies outside every grid; any such household fails
 * the community, with the counts and the dwellings concerned. No household recorded gives no
 * verdict (MISSING_DATA).
 * <p>
 * "In two grids" cannot happen inside Linli: the territory tree gives every node exactly one
 * parent, so a dwelling, and with it each of its households, lies in at most one grid;
 * {@code inTwoGrids} is reported as 0 for that reason, not because anything was counted. The
 * territory register also hangs each node exactly one level below its parent (a dwelling under a
 * building, a building under a grid), so households stored through it always lie in a grid; the
 * rule still walks the tree as stored, so that nodes loaded around the register are caught. What
 * it cannot see is a household living in a place the register does not hold at all.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class GridCoverage extends BaseRule {

    public GridCoverage() {
        super("DY-01", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("每户居民都在且只在一个网格内,网格间不留空白", "Every household lies in exactly one grid, leaving no gap between grids"),
                new Clause(Dongying.SOURCE_GRIDS, "网格间有机衔接、不留空白"));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        GridRecords.Placement placement = GridRecords.place(facts);
        int grids = facts.nodes(TerritoryLevel.GRID).size();
        if (placement.households() == 0) {
            return List.of(Outcome.missingData(community, name + "未登记住户", name + " has no household recorded")
                    .fact("households", 0)
                    .fact("grids", grids));
        }
        return List.of(Outcome.when(placement.outside() == 0, community,
                        Text.of(name + "的" + placement.households() + "户全部在" + grids + "个网格内",
                                "All " + placement.households() + " households of " + name + " lie in its " + grids + " grid(s)"),
                        Text.of(name + "有" + placement.outside() + "户不在任何网格内(共" + placement.households() + "户),所在房屋:"
                                        + GridRecords.list(placement.dwellingsOutside()),
                                placement.outside() + " of the " + placement.households() + " households of " + name
                                        + " lie in no grid; their dwellings: " + GridRecords.list(placement.dwellingsOutside())))
                .fact("households", placement.households())
                .fact("grids", grids)
                .fact("inGrids", placement.inGrids())
                .fact("outsideGrids", placement.outside())
                .fact("inTwoGrids", 0)
                .fact("dwellingsOutsideGrids", GridRecords.list(placement.dwellingsOutside())));
    }
}
