package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.linli.affairs.Consultation;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Meeting;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.population.FollowUp;
import org.linli.population.Volunteer;
import org.linli.services.Dispatch;
import org.linli.services.Request;
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Visit;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** The autonomy list is an indicator: no pass or fail, the figures are what is tested. */
public class AutonomyListTest {
    private static final LocalDate RECENT = AS_OF.minusDays(30);
    private static final LocalDate LONG_AGO = AS_OF.minusDays(400);

    private final AutonomyList rule = new AutonomyList();
    private final TestFacts facts = new TestFacts(AS_OF);
    private Organisation committee;

    @Before
    public void community() {
        committee = Fixtures.committee(facts);
        TerritoryNode building1 = facts.node(TerritoryLevel.BUILDING, "1号楼");
        facts.node(TerritoryLevel.BUILDING, "2号楼");
        TerritoryNode grid = facts.node(TerritoryLevel.GRID, "第一网格");
        assign(building1, AssignmentRole.BUILDING_COORDINATOR, null);
        assign(building1, AssignmentRole.BUILDING_COORDINATOR, null);
        assign(grid, AssignmentRole.AREA_CADRE, null);
        assign(facts.nodes(TerritoryLevel.BUILDING).get(1), AssignmentRole.BUILDING_COORDINATOR, RECENT);

        visit(RECENT, "routine", 1L);
        visit(RECENT, "public-opinion", 1L);
        visit(RECENT, "public-opinion", 2L);
        visit(LONG_AGO, "public-opinion", 3L);

        Term term = Fixtures.term(facts, committee);
        Fixtures.member(facts, term, "楼门长甲", MemberRole.MEMBER).setBuildingHead(true);
        Fixtures.member(facts, term, "楼门长乙", MemberRole.MEMBER).setBuildingHead(true);
        Fixtures.member(facts, term, "委员", MemberRole.MEMBER);

        volunteer(RECENT, true);
        volunteer(LONG_AGO, true);
        volunteer(LONG_AGO, false);

        Meeting discussed = meeting(RECENT);
        meeting(RECENT);
        meeting(LONG_AGO);
        consultation(RECENT, discussed.getId());
        consultation(LONG_AGO, null);

        Fixtures.organisation(facts, OrganisationKind.SOCIAL_ORGANISATION, "夕阳红合唱团", null, "recreational").setEstablishedOn(RECENT);
        Fixtures.organisation(facts, OrganisationKind.SOCIAL_ORGANISATION, "志愿服务队", null, "volunteer").setEstablishedOn(LONG_AGO);
        Organisation gone = Fixtures.organisation(facts, OrganisationKind.SOCIAL_ORGANISATION, "已注销", null, "other");
        gone.setEstablishedOn(LONG_AGO);
        gone.setDissolvedOn(RECENT);

        Request whistled = request(RECENT);
        request(RECENT);
        request(LONG_AGO);
        Request open = request(null);
        dispatch(whistled);
        dispatch(whistled);
        dispatch(open);

        followUp(RECENT, 31L);
        followUp(RECENT.plusDays(7), 31L);
        followUp(RECENT, 32L);
        followUp(LONG_AGO, 33L);
    }

    private void assign(TerritoryNode node, AssignmentRole role, LocalDate endsOn) {
        GridAssignment a = new GridAssignment();
        a.setId(Fixtures.id());
        a.setWorkerId(1L);
        a.setNodeId(node.getId());
        a.setRole(role);
        a.setStartsOn(LONG_AGO);
        a.setEndsOn(endsOn);
        facts.gridAssignments.add(a);
    }

    private void visit(LocalDate on, String purpose, Long householdId) {
        Visit v = new Visit();
        v.setId(Fixtures.id());
        v.setWorkerId(1L);
        v.setVisitedOn(on);
        v.setPurpose(purpose);
        v.setHouseholdId(householdId);
        facts.visits.add(v);
    }

    private void volunteer(LocalDate registeredOn, boolean active) {
        Volunteer v = new Volunteer();
        v.setId(Fixtures.id());
        v.setRegisteredOn(registeredOn);
        v.setActive(active);
        facts.volunteers.add(v);
    }

    private Meeting meeting(LocalDate heldOn) {
        Meeting m = new Meeting();
        m.setId(Fixtures.id());
        m.setOrganisationId(committee.getId());
        m.setType("consultation");
        m.setHeldOn(heldOn);
        facts.meetings.add(m);
        return m;
    }

    private void consultation(LocalDate heldOn, Long meetingId) {
        Consultation c = new Consultation();
        c.setId(Fixtures.id());
        c.setOrganisationId(committee.getId());
        c.setHeldOn(heldOn);
        c.setMeetingId(meetingId);
        facts.consultations.add(c);
    }

    private Request request(LocalDate completedOn) {
        Request r = new Request();
        r.setId(Fixtures.id());
        r.setCompletedAt(completedOn == null ? null : completedOn.atTime(10, 0));
        facts.requests.add(r);
        return r;
    }

    private void dispatch(Request request) {
        Dispatch d = new Dispatch();
        d.setId(Fixtures.id());
        d.setRequestId(request.getId());
        d.setDepartment("区城管委");
        d.setSentAt(LocalDateTime.of(2026, 10, 1, 9, 0));
        facts.dispatches.add(d);
    }

    private void followUp(LocalDate on, Long memberId) {
        FollowUp f = new FollowUp();
        f.setId(Fixtures.id());
        f.setMemberId(memberId);
        f.setFollowedOn(on);
        facts.followUps.add(f);
    }

    @Test
    public void theThirteenFiguresOfTheYear() {
        Outcome outcome = only(rule.evaluate(facts, new TestParameters(rule)));
        assertVerdict(Verdict.REPORTED, outcome);
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
        Map<String, String> f = outcome.facts();
        assertEquals("1 of 2", f.get("buildingsCovered"));
        assertEquals("1 of 1", f.get("areasCovered"));
        assertEquals("3", f.get("householdVisits"));
        assertEquals("2", f.get("householdsVisited"));
        assertEquals("2", f.get("buildingHeads"));
        assertEquals("1", f.get("volunteersRegistered"));
        assertEquals("2", f.get("volunteersActive"));
        assertEquals("not recorded", f.get("buildingCouncils"));
        assertEquals("2", f.get("participatoryConsultations"));
        assertEquals("2", f.get("socialOrganisations"));
        assertEquals("1", f.get("socialOrganisationsEstablished"));
        assertEquals("2", f.get("publicOpinionsCollected"));
        assertEquals("not recorded", f.get("residentActivists"));
        assertEquals("2", f.get("servicesDelivered"));
        assertEquals("not recorded", f.get("teamProjectsAssisted"));
        assertEquals("not recorded", f.get("buildingCultureActivities"));
        assertEquals("3", f.get("specialGroupFollowUps"));
        assertEquals("2", f.get("specialGroupMembersFollowed"));
        assertEquals("1", f.get("whistleIssuesResolved"));
    }

    @Test
    public void aLongerPeriodCountsMore() {
        Map<String, String> f = only(rule.evaluate(facts, new TestParameters(rule).with(AutonomyList.PERIOD_DAYS, "500"))).facts();
        assertEquals(AS_OF.minusDays(499).toString(), f.get("from"));
        assertEquals("4", f.get("householdVisits"));
        assertEquals("3", f.get("publicOpinionsCollected"));
        assertEquals("4", f.get("participatoryConsultations"));
        assertEquals("3", f.get("servicesDelivered"));
        assertEquals("4", f.get("specialGroupFollowUps"));
    }

    @Test
    public void anEmptyCommunityReportsZeros() {
        Map<String, String> f = only(rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule))).facts();
        assertEquals("0 of 0", f.get("buildingsCovered"));
        assertEquals("0", f.get("householdVisits"));
        assertEquals("0", f.get("whistleIssuesResolved"));
    }
}
