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
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.osgi.service.component.annotations.Component;

/**
 * DY-03, 定人定责与网格管理领导小组: each grid has a named grid worker (定人, from 科学划分网格,定人、定责、定流程),
 * and each community a grid leadership group headed by the party secretary or the residents'
 * committee director, with one named grid lead (网格具体负责人).
 * <p>
 * Per grid: an assignment of role {@code GRID_WORKER} (网格员) on the grid node in force on the day
 * judged, whose worker is at work then (a worker this community's staff register does not hold,
 * one of the street's, counts: the staff register accepted the assignment).
 * <p>
 * Per community, read from {@link AssignmentRole}, which has no role for the leadership group as
 * such: the group's head is a {@code COMMUNITY_LEAD} assignment (包全局, on the community node) in
 * force whose worker is at work and is the party secretary or the director, that is whose post is
 * one of {@code leadPosts}, or who sits as secretary of the community's party organisation or as
 * chair of its residents' (village) committee (一肩挑 puts one person in both, under one post). The
 * grid lead is a {@code GRID_LEAD} assignment (网格长 / 网格具体负责人) in force on one of the community's
 * grids: the staff register places that role on grid nodes only. At least one person is required;
 * more than one is not failed, because the same role also stands for the 网格长 of each grid, and the
 * data cannot tell the community's one 网格具体负责人 from them. Whether the group was formally set up
 * (a decision, its members) is not recorded and not checked.
 * <p>
 * No grid recorded gives one MISSING_DATA on the community, with the leadership facts.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class GridStaffing extends BaseRule {
    static final String LEAD_POSTS = "leadPosts";

    public GridStaffing() {
        super("DY-03", RuleKind.CHECK, SubjectKind.GRID,
                Text.of("每个网格定人;社区成立由书记或主任任组长的网格管理领导小组并明确一名网格具体负责人",
                        "Each grid has a named grid worker; each community a grid leadership group headed by the party secretary"
                                + " or the committee director, with one named grid lead"),
                new Clause(Dongying.SOURCE_GRIDS, "各社区成立由社区党委书记、居委主任为组长的网格管理领导小组,并明确一名网格具体负责人"),
                new Parameter(LEAD_POSTS, "party-secretary,committee-director",
                        Text.of("可任网格管理领导小组组长的岗位(代码表 post 的代码,逗号分隔)",
                                "Posts that may head the grid leadership group (codes of the list post, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<String> leadPosts = parameters.list(LEAD_POSTS);
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        List<TerritoryNode> grids = facts.nodes(TerritoryLevel.GRID);

        List<String> heads = new ArrayList<>();
        for (GridAssignment lead : GridRecords.assignments(facts, AssignmentRole.COMMUNITY_LEAD, facts.community().getId())) {
            GridRecords.worker(facts, lead.getWorkerId())
                    .filter(w -> GridRecords.partySecretary(facts, w, leadPosts) || GridRecords.committeeDirector(facts, w, leadPosts))
                    .map(Worker::getName)
                    .filter(n -> !heads.contains(n))
                    .ifPresent(heads::add);
        }
        List<GridAssignment> gridLeads = new ArrayList<>();
        for (TerritoryNode grid : grids) {
            gridLeads.addAll(GridRecords.assignments(facts, AssignmentRole.GRID_LEAD, grid.getId()));
        }
        List<String> leads = GridRecords.holders(facts, gridLeads);

        if (grids.isEmpty()) {
            return List.of(Outcome.missingData(community, name + "未划分网格", name + " has no grid recorded")
                    .fact("grids", 0)
                    .fact("groupHead", GridRecords.list(heads)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (TerritoryNode grid : grids) {
            List<String> workers = GridRecords.holders(facts, GridRecords.assignments(facts, AssignmentRole.GRID_WORKER, grid.getId()));
            outcomes.add(Outcome.when(!workers.isEmpty(), GridRecords.subject(SubjectKind.GRID, grid),
                            Text.of(grid.getName() + "的网格员:" + GridRecords.list(workers),
                                    grid.getName() + " has its grid worker: " + GridRecords.list(workers)),
                            Text.of(grid.getName() + "在" + facts.asOf() + "没有在岗的网格员",
                                    grid.getName() + " has no grid worker at work on " + facts.asOf()))
                    .fact("gridWorkers", GridRecords.list(workers)));
        }
        List<String> lacking = new ArrayList<>();
        List<String> lackingEn = new ArrayList<>();
        if (heads.isEmpty()) {
            lacking.add("由书记或主任担任组长(包全局)");
            lackingEn.add("a head who is the party secretary or the committee director (community lead)");
        }
        if (leads.isEmpty()) {
            lacking.add("网格具体负责人");
            lackingEn.add("a grid lead");
        }
        outcomes.add(Outcome.when(lacking.isEmpty(), community,
                        Text.of(name + "网格管理领导小组组长:" + GridRecords.list(heads) + ";网格具体负责人:" + GridRecords.list(leads),
                                "The grid leadership group of " + name + " is headed by " + GridRecords.list(heads)
                                        + "; grid lead: " + GridRecords.list(leads)),
                        Text.of(name + "的网格管理领导小组缺少:" + String.join("、", lacking),
                                "The grid leadership group of " + name + " lacks " + String.join(" and ", lackingEn)))
                .fact("groupHead", GridRecords.list(heads))
                .fact("gridLeads", GridRecords.list(leads))
                .fact(LEAD_POSTS, GridRecords.list(leadPosts)));
        return outcomes;
    }
}
