package org.linli.policy.dongying;

import java.util.ArrayList;
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
import org.linli.territory.TerritoryNode;
import org.osgi.service.component.annotations.Component;

/**
 * DY-02, 网格规模: a grid holds from {@code minHouseholds} to {@code maxHouseholds} households (250 to
 * 300 by default, the bounds included), counted as the households of the dwellings that lie in the
 * grid, through their building or directly. Households lying in no grid are DY-01's concern.
 * <p>
 * No grid recorded, or no household recorded in the community, gives one MISSING_DATA on the
 * community; otherwise one verdict per grid, an empty grid failing.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class GridSize extends BaseRule {
    static final String MIN = "minHouseholds";
    static final String MAX = "maxHouseholds";

    public GridSize() {
        super("DY-02", RuleKind.CHECK, SubjectKind.GRID,
                Text.of("每个网格250—300户", "Each grid holds 250 to 300 households"),
                new Clause(Dongying.SOURCE_GRIDS, "以社区为单位,一般以250-300户左右家庭为一个格"),
                new Parameter(MIN, "250", Text.of("每个网格最少户数", "Fewest households in a grid")),
                new Parameter(MAX, "300", Text.of("每个网格最多户数", "Most households in a grid")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        List<TerritoryNode> grids = facts.nodes(TerritoryLevel.GRID);
        if (grids.isEmpty()) {
            return List.of(Outcome.missingData(community, name + "未划分网格", name + " has no grid recorded").fact("grids", 0));
        }
        GridRecords.Placement placement = GridRecords.place(facts);
        if (placement.households() == 0) {
            return List.of(Outcome.missingData(community, name + "未登记住户", name + " has no household recorded")
                    .fact("grids", grids.size())
                    .fact("households", 0));
        }
        int min = parameters.integer(MIN);
        int max = parameters.integer(MAX);
        List<Outcome> outcomes = new ArrayList<>();
        for (TerritoryNode grid : grids) {
            long households = placement.in(grid);
            outcomes.add(Outcome.when(households >= min && households <= max, GridRecords.subject(SubjectKind.GRID, grid),
                            Text.of(grid.getName() + "有" + households + "户,在" + min + "—" + max + "户之内",
                                    grid.getName() + " holds " + households + " households, within " + min + " to " + max),
                            Text.of(grid.getName() + "有" + households + "户,应为" + min + "—" + max + "户",
                                    grid.getName() + " holds " + households + " households where " + min + " to " + max + " are required"))
                    .fact("households", households)
                    .fact(MIN, min)
                    .fact(MAX, max));
        }
        return outcomes;
    }
}
