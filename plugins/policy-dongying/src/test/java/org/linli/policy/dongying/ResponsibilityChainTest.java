package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.ofKind;

import java.util.List;
import org.junit.Test;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryNode;

public class ResponsibilityChainTest {
    private final ResponsibilityChain rule = new ResponsibilityChain();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final TerritoryNode grid = Fixtures.grid(facts, "第一网格");
    private final TerritoryNode one = Fixtures.building(facts, grid, "1号楼");
    private final TerritoryNode two = Fixtures.building(facts, grid, "2号楼");
    private final Worker secretary = Fixtures.worker(facts, "陈书记", "party-secretary");
    private final Worker cadre = Fixtures.worker(facts, "李委员", "committee-member");
    private final Worker coordinator = Fixtures.worker(facts, "周协管员", "full-time-worker");
    private final GridAssignment lead = Fixtures.assign(facts, secretary, facts.community().getId(), AssignmentRole.COMMUNITY_LEAD);
    private final GridAssignment area = Fixtures.assign(facts, cadre, grid, AssignmentRole.AREA_CADRE);
    private final GridAssignment coversOne = Fixtures.assign(facts, coordinator, one, AssignmentRole.BUILDING_COORDINATOR);
    private final GridAssignment coversTwo = Fixtures.assign(facts, coordinator, two, AssignmentRole.BUILDING_COORDINATOR);
    private final Organisation police = Fixtures.organisation(facts, OrganisationKind.POLICE_OFFICE, "测试社区警务站");

    private List<Outcome> judge(Parameters parameters) {
        return rule.evaluate(facts, parameters);
    }

    private List<Outcome> judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome community(List<Outcome> outcomes) {
        return ofKind(outcomes, SubjectKind.COMMUNITY, 1L);
    }

    @Test
    public void aFullChainPasses() {
        Fixtures.sits(facts, police, "刘民警", MemberRole.MEMBER);
        List<Outcome> outcomes = judge();
        assertEquals(3, outcomes.size());
        Outcome community = community(outcomes);
        assertVerdict(Verdict.PASS, community);
        assertEquals("陈书记", community.facts().get("partySecretary"));
        assertEquals("测试社区警务站", community.facts().get("policeOffices"));
        assertEquals("刘民警", community.facts().get("policeOfficers"));
        assertEquals("-", community.facts().get("gridsWithoutAreaCadre"));
        Outcome building = ofKind(outcomes, SubjectKind.BUILDING, one.getId());
        assertVerdict(Verdict.PASS, building);
        assertEquals("周协管员", building.facts().get("coordinators"));
        assertVerdict(Verdict.PASS, ofKind(outcomes, SubjectKind.BUILDING, two.getId()));
    }

    @Test
    public void aBuildingWithoutACoordinatorFails() {
        facts.gridAssignments.remove(coversTwo);
        List<Outcome> outcomes = judge();
        assertVerdict(Verdict.FAIL, ofKind(outcomes, SubjectKind.BUILDING, two.getId()));
        assertVerdict(Verdict.PASS, ofKind(outcomes, SubjectKind.BUILDING, one.getId()));
        assertVerdict(Verdict.PASS, community(outcomes));
    }

    @Test
    public void aCoordinatorNotYetStartedDoesNotCount() {
        coversOne.setStartsOn(AS_OF.plusDays(1));
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.BUILDING, one.getId()));
    }

    @Test
    public void withoutThePartySecretaryTheCommunityFails() {
        lead.setWorkerId(cadre.getId());
        Outcome community = community(judge());
        assertVerdict(Verdict.FAIL, community);
        assertEquals("-", community.facts().get("partySecretary"));
    }

    @Test
    public void theSittingPartySecretaryCountsWhateverHisPost() {
        secretary.setPost("committee-director");
        assertVerdict(Verdict.FAIL, community(judge()));
        Fixtures.sits(facts, Fixtures.organisation(facts, OrganisationKind.PARTY_ORGANISATION, "社区党委"), "陈书记", MemberRole.SECRETARY);
        assertVerdict(Verdict.PASS, community(judge()));
    }

    @Test
    public void withoutAPoliceOfficeTheCommunityFails() {
        police.setDissolvedOn(AS_OF.minusMonths(1));
        Outcome community = community(judge());
        assertVerdict(Verdict.FAIL, community);
        assertEquals("-", community.facts().get("policeOffices"));
    }

    @Test
    public void aGridWithoutAnAreaCadreFails() {
        area.setEndsOn(AS_OF.minusDays(1));
        Outcome community = community(judge());
        assertVerdict(Verdict.FAIL, community);
        assertEquals("第一网格", community.facts().get("gridsWithoutAreaCadre"));
    }

    @Test
    public void withoutGridsAndBuildingsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayNameOtherSecretaryPosts() {
        lead.setWorkerId(cadre.getId());
        assertVerdict(Verdict.PASS, community(judge(new TestParameters(rule).with(ResponsibilityChain.SECRETARY_POSTS,
                "party-secretary,committee-member"))));
    }
}
