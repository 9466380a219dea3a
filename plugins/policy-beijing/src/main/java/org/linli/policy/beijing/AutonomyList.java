package org.linli.policy.beijing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.affairs.Consultation;
import org.linli.organisations.Membership;
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
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.services.Request;
import org.linli.staff.AssignmentRole;
import org.linli.territory.TerritoryLevel;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-10, 社区自治清单: the thirteen figures of the community autonomy list for the {@code periodDays}
 * days up to the day judged, reported as facts in the clause's order. Where Linli records what a
 * figure counts, the figure is computed; where it does not, the fact says {@value #NOT_RECORDED}
 * rather than a number nobody counted:
 * <ol>
 * <li>包楼包片: buildings and grid areas with a building coordinator or area cadre on the day judged, of all recorded;</li>
 * <li>走访入户数量: household visits logged in the period, and the households or dwellings visited;</li>
 * <li>发展楼门长、志愿者: building heads sitting in a term on the day judged; volunteers registered in the period, and active;</li>
 * <li>楼门自管会: not recorded (Linli has no organisation kind or code for building councils);</li>
 * <li>参与式协商场次: consultations held in the period, plus consultation meetings no consultation refers to;</li>
 * <li>社区社会组织: social organisations existing on the day judged, and those established in the period;</li>
 * <li>社情民意: visits of purpose {@code public-opinion} in the period;</li>
 * <li>居民骨干: not recorded;</li>
 * <li>为民服务件数: requests completed in the period;</li>
 * <li>辅助团队项目: not recorded;</li>
 * <li>楼门文化: not recorded;</li>
 * <li>关注特殊人群: special-group follow-ups in the period, and the persons followed up;</li>
 * <li>解决街乡吹哨问题: whistle issues (requests dispatched to departments) completed in the period.</li>
 * </ol>
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class AutonomyList extends BaseRule {
    static final String PERIOD_DAYS = "periodDays";
    static final String NOT_RECORDED = "not recorded";

    public AutonomyList() {
        super("BJ-10", RuleKind.INDICATOR, SubjectKind.COMMUNITY,
                Text.of("社区自治清单", "Community autonomy list"),
                new Clause(Beijing.SOURCE, "以社区包楼包片、走访入户数量,发展楼门长、志愿者人数,成立楼门自管会情况,组织参与式协商的场次,"
                        + "社区社会组织建设情况,收集社情民意情况,挖掘居民骨干的情况,为民服务的件数,辅助社区团队开展项目的个数,营造楼门文化的情况,"
                        + "关注特殊人群的情况,解决街乡吹哨问题的个数等内容作为主要内容,制定社区自治清单"),
                new Parameter(PERIOD_DAYS, "365", Text.of("统计期天数(截至评估日)", "Days of the period counted, up to the day judged")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        LocalDate to = facts.asOf();
        LocalDate from = to.minusDays(parameters.integer(PERIOD_DAYS) - 1L);

        long buildings = facts.nodes(TerritoryLevel.BUILDING).size();
        long grids = facts.nodes(TerritoryLevel.GRID).size();
        long buildingsCovered = covered(facts, AssignmentRole.BUILDING_COORDINATOR);
        long areasCovered = covered(facts, AssignmentRole.AREA_CADRE);

        List<org.linli.staff.Visit> visits = facts.visits().stream().filter(v -> within(v.getVisitedOn(), from, to)).toList();
        long householdsVisited = visits.stream().filter(v -> v.getHouseholdId() != null || v.getDwellingId() != null)
                .map(v -> v.getHouseholdId() != null ? "h" + v.getHouseholdId() : "d" + v.getDwellingId()).distinct().count();

        long buildingHeads = CommunityReadings.persons(facts.memberships().stream()
                .filter(m -> m.isBuildingHead() && sittingInTerm(facts, m)).toList()).size();
        long volunteersRegistered = facts.volunteers().stream().filter(v -> within(v.getRegisteredOn(), from, to)).count();
        long volunteersActive = facts.volunteers().stream().filter(v -> v.isActive()
                && (v.getRegisteredOn() == null || !v.getRegisteredOn().isAfter(to))).count();

        List<Consultation> consultations = facts.consultations().stream().filter(c -> within(c.getHeldOn(), from, to)).toList();
        Set<Long> deliberatedAt = facts.consultations().stream().map(Consultation::getMeetingId).filter(Objects::nonNull).collect(Collectors.toSet());
        long consultationMeetings = facts.meetings().stream().filter(m -> "consultation".equals(m.getType())
                && within(m.getHeldOn(), from, to) && !deliberatedAt.contains(m.getId())).count();

        long socialOrganisations = CommunityReadings.organisations(facts, OrganisationKind.SOCIAL_ORGANISATION).size();
        long socialOrganisationsNew = facts.organisations().stream().filter(o -> o.getKind() == OrganisationKind.SOCIAL_ORGANISATION
                && within(o.getEstablishedOn(), from, to)).count();

        long publicOpinions = visits.stream().filter(v -> "public-opinion".equals(v.getPurpose())).count();

        List<Request> completed = facts.requests().stream()
                .filter(r -> r.getCompletedAt() != null && within(r.getCompletedAt().toLocalDate(), from, to)).toList();
        Set<Long> completedIds = completed.stream().map(Request::getId).collect(Collectors.toSet());

        long followUps = facts.followUps().stream().filter(f -> within(f.getFollowedOn(), from, to)).count();
        long followedUp = facts.followUps().stream().filter(f -> within(f.getFollowedOn(), from, to))
                .map(f -> f.getMemberId()).filter(Objects::nonNull).distinct().count();

        long whistlesResolved = facts.dispatches().stream().map(d -> d.getRequestId())
                .filter(id -> id != null && completedIds.contains(id)).distinct().count();

        String name = facts.community().getName();
        return List.of(Outcome.reported(CommunityReadings.community(facts),
                        name + "社区自治清单(" + from + "至" + to + "):走访入户" + visits.size() + "次,参与式协商"
                                + (consultations.size() + consultationMeetings) + "场,为民服务" + completed.size() + "件,解决吹哨问题"
                                + whistlesResolved + "个;楼门自管会、居民骨干、团队项目、楼门文化未登记",
                        name + "'s autonomy list (" + from + " to " + to + "): " + visits.size() + " household visits, "
                                + (consultations.size() + consultationMeetings) + " consultations, " + completed.size()
                                + " services delivered, " + whistlesResolved
                                + " whistle issues resolved; building councils, activists, team projects and building culture are not recorded")
                .fact("from", from)
                .fact("to", to)
                .fact("buildingsCovered", buildingsCovered + " of " + buildings)
                .fact("areasCovered", areasCovered + " of " + grids)
                .fact("householdVisits", visits.size())
                .fact("householdsVisited", householdsVisited)
                .fact("buildingHeads", buildingHeads)
                .fact("volunteersRegistered", volunteersRegistered)
                .fact("volunteersActive", volunteersActive)
                .fact("buildingCouncils", NOT_RECORDED)
                .fact("participatoryConsultations", consultations.size() + consultationMeetings)
                .fact("socialOrganisations", socialOrganisations)
                .fact("socialOrganisationsEstablished", socialOrganisationsNew)
                .fact("publicOpinionsCollected", publicOpinions)
                .fact("residentActivists", NOT_RECORDED)
                .fact("servicesDelivered", completed.size())
                .fact("teamProjectsAssisted", NOT_RECORDED)
                .fact("buildingCultureActivities", NOT_RECORDED)
                .fact("specialGroupFollowUps", followUps)
                .fact("specialGroupMembersFollowed", followedUp)
                .fact("whistleIssuesResolved", whistlesResolved));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Distinct nodes with a responsibility of {@code role} on the day judged. */
    private static long covered(CommunityFacts facts, AssignmentRole role) {
        return facts.gridAssignments().stream()
                .filter(a -> a.getRole() == role && a.getNodeId() != null
                        && CommunityReadings.sitting(a.getStartsOn(), a.getEndsOn(), facts.asOf()))
                .map(a -> a.getNodeId()).distinct().count();
    }

    /** A post held on the day judged, in a term that sits then. */
    private static boolean sittingInTerm(CommunityFacts facts, Membership m) {
        return CommunityReadings.sitting(m.getStartsOn(), m.getEndsOn(), facts.asOf())
                && facts.terms().stream().anyMatch(t -> Objects.equals(t.getId(), m.getTermId())
                        && CommunityReadings.sitting(t.getStartsOn(), t.getEndsOn(), facts.asOf()));
    }
}
