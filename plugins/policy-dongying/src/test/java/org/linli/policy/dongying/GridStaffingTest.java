package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.ofKind;

import java.util.List;
import org.junit.Test;
import org.linli.organisations.MemberRole;
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
import org.linli.staff.WorkerStatus;
import org.linli.territory.TerritoryNode;

public class GridStaffingTest {
    private final GridStaffing rule = new GridStaffing();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final TerritoryNode one = Fixtures.grid(facts, "第一网格");
    private final TerritoryNode two = Fixtures.grid(facts, "第二网格");
    private final Worker director = Fixtures.worker(facts, "王主任", "committee-director");
    private final Worker deputy = Fixtures.worker(facts, "李副主任", "deputy-director");
    private final Worker gridWorkerOne = Fixtures.worker(facts, "张网格员", "grid-worker");
    private final Worker gridWorkerTwo = Fixtures.worker(facts, "赵网格员", "grid-worker");
    private final GridAssignment head = Fixtures.assign(facts, director, facts.community().getId(), AssignmentRole.COMMUNITY_LEAD);
    private final GridAssignment lead = Fixtures.assign(facts, deputy, one, AssignmentRole.GRID_LEAD);
    private final GridAssignment workerOne = Fixtures.assign(facts, gridWorkerOne, one, AssignmentRole.GRID_WORKER);
    private final GridAssignment workerTwo = Fixtures.assign(facts, gridWorkerTwo, two, AssignmentRole.GRID_WORKER);

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
    public void namedWorkersAndALedGroupPass() {
        List<Outcome> outcomes = judge();
        assertEquals(3, outcomes.size());
        Outcome grid = ofKind(outcomes, SubjectKind.GRID, one.getId());
        assertVerdict(Verdict.PASS, grid);
        assertEquals("张网格员", grid.facts().get("gridWorkers"));
        assertVerdict(Verdict.PASS, ofKind(outcomes, SubjectKind.GRID, two.getId()));
        Outcome community = community(outcomes);
        assertVerdict(Verdict.PASS, community);
        assertEquals("王主任", community.facts().get("groupHead"));
        assertEquals("李副主任", community.facts().get("gridLeads"));
    }

    @Test
    public void aGridWithoutAGridWorkerFails() {
        facts.gridAssignments.remove(workerTwo);
        List<Outcome> outcomes = judge();
        assertVerdict(Verdict.FAIL, ofKind(outcomes, SubjectKind.GRID, two.getId()));
        assertVerdict(Verdict.PASS, ofKind(outcomes, SubjectKind.GRID, one.getId()));
    }

    @Test
    public void anEndedAssignmentDoesNotCount() {
        workerTwo.setEndsOn(AS_OF.minusDays(1));
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.GRID, two.getId()));
    }

    @Test
    public void anAssignmentEndingOnTheDayJudgedCounts() {
        workerTwo.setEndsOn(AS_OF);
        assertVerdict(Verdict.PASS, ofKind(judge(), SubjectKind.GRID, two.getId()));
    }

    @Test
    public void aWorkerWhoLeftDoesNotCount() {
        gridWorkerTwo.setStatus(WorkerStatus.RESIGNED);
        gridWorkerTwo.setLeftOn(AS_OF.minusDays(3));
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.GRID, two.getId()));
    }

    @Test
    public void aStreetWorkerAssignedHereCounts() {
        facts.workers.remove(gridWorkerTwo);
        Outcome grid = ofKind(judge(), SubjectKind.GRID, two.getId());
        assertVerdict(Verdict.PASS, grid);
        assertEquals("#" + gridWorkerTwo.getId(), grid.facts().get("gridWorkers"));
    }

    @Test
    public void aGroupWithoutSecretaryOrDirectorAtItsHeadFails() {
        head.setWorkerId(deputy.getId());
        Outcome community = community(judge());
        assertVerdict(Verdict.FAIL, community);
        assertEquals("-", community.facts().get("groupHead"));
    }

    @Test
    public void theChairOfTheCommitteeHeadsItWhateverHisPost() {
        head.setWorkerId(deputy.getId());
        Fixtures.sits(facts, Fixtures.organisation(facts, OrganisationKind.RESIDENTS_COMMITTEE, "居委会"), "李副主任", MemberRole.CHAIR);
        assertVerdict(Verdict.PASS, community(judge()));
    }

    @Test
    public void thePartySecretaryHeadsItToo() {
        Worker secretary = Fixtures.worker(facts, "陈书记", "full-time-worker");
        head.setWorkerId(secretary.getId());
        Fixtures.sits(facts, Fixtures.organisation(facts, OrganisationKind.PARTY_ORGANISATION, "社区党委"), "陈书记", MemberRole.SECRETARY);
        assertVerdict(Verdict.PASS, community(judge()));
    }

    @Test
    public void withoutAGridLeadTheCommunityFails() {
        facts.gridAssignments.remove(lead);
        Outcome community = community(judge());
        assertVerdict(Verdict.FAIL, community);
        assertEquals("-", community.facts().get("gridLeads"));
    }

    @Test
    public void withoutGridsDataIsMissing() {
        TestFacts none = new TestFacts(AS_OF);
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(none, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayNameOtherLeadPosts() {
        head.setWorkerId(deputy.getId());
        assertVerdict(Verdict.PASS, community(judge(new TestParameters(rule).with(GridStaffing.LEAD_POSTS, "deputy-director"))));
        head.setWorkerId(director.getId());
        assertVerdict(Verdict.FAIL, community(judge(new TestParameters(rule).with(GridStaffing.LEAD_POSTS, "party-secretary"))));
    }
}
