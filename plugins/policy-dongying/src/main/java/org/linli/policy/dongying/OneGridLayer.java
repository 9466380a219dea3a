package org.linli.policy.dongying;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.linli.territory.TerritoryNode;
import org.osgi.service.component.annotations.Component;

/**
 * DY-06, 多网合一: a community keeps one grid map; grids other departments draw are merged into it, not
 * kept beside it.
 * <p>
 * Linli keeps a single territory tree, and the structure enforces most of the rule: a node has one
 * parent, so a building or dwelling belongs to one grid and a second grid map cannot be stored beside
 * the first; and the territory register hangs every node exactly one level below its parent (a
 * grid under a community, a building under a grid), so it refuses a grid nested in a grid and a
 * building beside the grid layer. There is therefore no workflow hook: territory writes do not pass
 * through the record guards that hooks join, and the register's own rule already refuses what a
 * hook would.
 * <p>
 * {@link #evaluate} re-reads the stored tree, for nodes loaded around the register: per community,
 * every grid hangs directly under the community (none under another grid), and every building hangs
 * under one of the community's grids. Dwellings outside every grid are DY-01's concern. No grid
 * recorded gives MISSING_DATA. What cannot be checked: the grid maps other departments keep in their
 * own systems (综治, 公安, 城管 …); Linli does not hold them, so whether they were merged is not seen.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class OneGridLayer extends BaseRule {

    public OneGridLayer() {
        super("DY-06", RuleKind.WORKFLOW, SubjectKind.COMMUNITY,
                Text.of("多网合一:社区只有一层网格", "One grid layer: a community keeps a single grid map"),
                new Clause(Dongying.SOURCE_SERVICES, "深化社区网格化服务,全面推动“多网合一”,做到一网通办、一网统管"));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        List<TerritoryNode> grids = facts.nodes(TerritoryLevel.GRID);
        List<TerritoryNode> buildings = facts.nodes(TerritoryLevel.BUILDING);
        if (grids.isEmpty()) {
            return List.of(Outcome.missingData(community, name + "未划分网格", name + " has no grid recorded")
                    .fact("grids", 0)
                    .fact("buildings", buildings.size()));
        }
        Long communityId = facts.community().getId();
        Set<Long> gridIds = grids.stream().map(TerritoryNode::getId).collect(Collectors.toSet());
        List<String> nested = GridRecords.names(grids.stream().filter(g -> !Objects.equals(g.getParentId(), communityId)).toList());
        List<String> outside = GridRecords.names(buildings.stream().filter(b -> !gridIds.contains(b.getParentId())).toList());
        return List.of(Outcome.when(nested.isEmpty() && outside.isEmpty(), community,
                        Text.of(name + "的" + grids.size() + "个网格同属一层,直属社区," + buildings.size() + "栋楼均在网格内",
                                "The " + grids.size() + " grid(s) of " + name + " form one layer directly under the community, and all "
                                        + buildings.size() + " building(s) lie in them"),
                        Text.of(name + "的网格不止一层:不直属社区的网格 " + GridRecords.list(nested) + ";不在网格内的楼栋 " + GridRecords.list(outside),
                                name + " keeps more than one grid layer: grids not directly under the community " + GridRecords.list(nested)
                                        + "; buildings in no grid " + GridRecords.list(outside)))
                .fact("grids", grids.size())
                .fact("buildings", buildings.size())
                .fact("gridsNotUnderCommunity", GridRecords.list(nested))
                .fact("buildingsOutsideGrids", GridRecords.list(outside)));
    }
}
