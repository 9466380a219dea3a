package org.linli.policy.dongying;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.osgi.service.component.annotations.Component;

/**
 * DY-05, 三包: the party secretary and the community police officer cover the whole community (包全局),
 * community cadres cover areas (包区域), grid coordinators cover buildings and households (包楼栋、住户);
 * every building has a coordinator.
 * <p>
 * Per community, on the day judged:
 * <ul>
 * <li>the party secretary: a {@code COMMUNITY_LEAD} assignment in force on the community node whose
 * worker is at work and is the party secretary, that is whose post is one of
 * {@code secretaryPosts} or who sits as secretary of the community's party organisation;</li>
 * <li>the police officer: a police office (社区警务站, {@link OrganisationKind#POLICE_OFFICE}) of the
 * community in being. A police officer is not on the community's staff (the list post has no
 * police post), so Linli holds no assignment for him; the office the community's organisations
 * register is what shows the police covering it, and the officers are named when the office's
 * sitting term records them, without being required;</li>
 * <li>the cadres: every grid of the community is an area covered by an {@code AREA_CADRE}
 * assignment in force (the staff register puts that role on grid nodes).</li>
 * </ul>
 * Per building: a {@code BUILDING_COORDINATOR} assignment in force on the building node, whose
 * worker is at work (one the community's staff register does not hold counts). Households are
 * covered through their building; a coordinator per household is not recorded.
 * <p>
 * A community with neither grid nor building recorded gives one MISSING_DATA on the community.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class ResponsibilityChain extends BaseRule {
    static final String SECRETARY_POSTS = "secretaryPosts";

    public ResponsibilityChain() {
        super("DY-05", RuleKind.CHECK, SubjectKind.BUILDING,
                Text.of("三包:书记和民警包全局,社区干部包区域,网格协管员包楼栋、住户",
                        "Chain of cover: the party secretary and the police officer cover the community, cadres cover areas,"
                                + " coordinators cover buildings and households"),
                new Clause(Dongying.SOURCE_GRIDS, "社区书记和社区民警包全局,社区干部包区域,网格协管员包楼栋、住户"),
                new Parameter(SECRETARY_POSTS, "party-secretary",
                        Text.of("视为社区书记的岗位(代码表 post 的代码,逗号分隔;党组织书记的任职也算)",
                                "Posts counted as the party secretary (codes of the list post, comma-separated; the party"
                                        + " organisation's sitting secretary counts too)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        List<TerritoryNode> grids = facts.nodes(TerritoryLevel.GRID);
        List<TerritoryNode> buildings = facts.nodes(TerritoryLevel.BUILDING);
        if (grids.isEmpty() && buildings.isEmpty()) {
            return List.of(Outcome.missingData(community, name + "未划分网格和楼栋", name + " has no grid and no building recorded")
                    .fact("grids", 0)
                    .fact("buildings", 0));
        }
        List<String> posts = parameters.list(SECRETARY_POSTS);
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(community(facts, community, name, grids, posts).fact("buildings", buildings.size()));
        for (TerritoryNode building : buildings) {
            List<String> coordinators = GridRecords.holders(facts,
                    GridRecords.assignments(facts, AssignmentRole.BUILDING_COORDINATOR, building.getId()));
            outcomes.add(Outcome.when(!coordinators.isEmpty(), GridRecords.subject(SubjectKind.BUILDING, building),
                            Text.of(building.getName() + "的网格协管员:" + GridRecords.list(coordinators),
                                    building.getName() + " is covered by " + GridRecords.list(coordinators)),
                            Text.of(building.getName() + "在" + facts.asOf() + "没有网格协管员包楼",
                                    building.getName() + " has no building coordinator on " + facts.asOf()))
                    .fact("coordinators", GridRecords.list(coordinators)));
        }
        return outcomes;
    }

    private static Outcome community(CommunityFacts facts, Subject community, String name, List<TerritoryNode> grids, List<String> posts) {
        LocalDate day = facts.asOf();
        List<String> secretaries = new ArrayList<>();
        for (GridAssignment lead : GridRecords.assignments(facts, AssignmentRole.COMMUNITY_LEAD, facts.community().getId())) {
            GridRecords.worker(facts, lead.getWorkerId())
                    .filter(w -> GridRecords.partySecretary(facts, w, posts))
                    .map(Worker::getName)
                    .filter(n -> !secretaries.contains(n))
                    .ifPresent(secretaries::add);
        }
        List<Organisation> offices = facts.organisations().stream()
                .filter(o -> o.getKind() == OrganisationKind.POLICE_OFFICE
                        && (o.getEstablishedOn() == null || !o.getEstablishedOn().isAfter(day))
                        && (o.getDissolvedOn() == null || o.getDissolvedOn().isAfter(day)))
                .toList();
        List<String> officers = new ArrayList<>();
        for (Organisation office : offices) {
            facts.terms().stream()
                    .filter(t -> Objects.equals(t.getOrganisationId(), office.getId()) && CommunityReadings.sitting(t.getStartsOn(), t.getEndsOn(), day))
                    .forEach(t -> facts.memberships().stream()
                            .filter(m -> Objects.equals(m.getTermId(), t.getId()) && CommunityReadings.sitting(m.getStartsOn(), m.getEndsOn(), day))
                            .map(Membership::getPersonName)
                            .filter(n -> n != null && !officers.contains(n))
                            .forEach(officers::add));
        }
        List<String> uncovered = new ArrayList<>();
        for (TerritoryNode grid : grids) {
            if (GridRecords.assignments(facts, AssignmentRole.AREA_CADRE, grid.getId()).isEmpty()) {
                uncovered.add(grid.getName());
            }
        }
        List<String> lacking = new ArrayList<>();
        List<String> lackingEn = new ArrayList<>();
        if (secretaries.isEmpty()) {
            lacking.add("社区书记包全局");
            lackingEn.add("the party secretary covering the community");
        }
        if (offices.isEmpty()) {
            lacking.add("社区民警包全局(无社区警务站)");
            lackingEn.add("the police covering the community (no police office)");
        }
        if (!uncovered.isEmpty()) {
            lacking.add("社区干部包区域(" + String.join(",", uncovered) + "无包片干部)");
            lackingEn.add("cadres covering the areas (no area cadre in " + String.join(", ", uncovered) + ")");
        }
        List<String> officeNames = offices.stream().map(Organisation::getName).toList();
        return Outcome.when(lacking.isEmpty(), community,
                        Text.of(name + "的书记" + GridRecords.list(secretaries) + "和" + GridRecords.list(officeNames) + "包全局,"
                                        + grids.size() + "个网格都有社区干部包区域",
                                "The party secretary " + GridRecords.list(secretaries) + " and " + GridRecords.list(officeNames)
                                        + " cover " + name + "; cadres cover all " + grids.size() + " grid(s)"),
                        Text.of(name + "的三包缺少:" + String.join(";", lacking),
                                "The chain of cover of " + name + " lacks " + String.join("; ", lackingEn)))
                .fact("partySecretary", GridRecords.list(secretaries))
                .fact("policeOffices", GridRecords.list(officeNames))
                .fact("policeOfficers", GridRecords.list(officers))
                .fact("grids", grids.size())
                .fact("gridsWithoutAreaCadre", GridRecords.list(uncovered))
                .fact(SECRETARY_POSTS, GridRecords.list(posts));
    }
}
