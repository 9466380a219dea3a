package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Meeting;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class CoordinationPlenariesTest {
    private final CoordinationPlenaries rule = new CoordinationPlenaries();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation coordination = Fixtures.organisation(facts, OrganisationKind.COORDINATION_COMMITTEE,
            "社区党建工作协调委员会", null, null);

    private void meeting(Organisation organisation, String type, LocalDate heldOn) {
        Meeting m = new Meeting();
        m.setId(Fixtures.id());
        m.setOrganisationId(organisation.getId());
        m.setType(type);
        m.setHeldOn(heldOn);
        facts.meetings.add(m);
    }

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void twoPlenariesThisYearPass() {
        meeting(coordination, "plenary", LocalDate.of(2026, 3, 10));
        meeting(coordination, "plenary", LocalDate.of(2026, 9, 8));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("2", outcome.facts().get("plenaryMeetings"));
        assertEquals(coordination.getId(), outcome.subject().id());
    }

    @Test
    public void onePlenaryFails() {
        meeting(coordination, "plenary", LocalDate.of(2026, 3, 10));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("1", outcome.facts().get("plenaryMeetings"));
        assertEquals("false", outcome.facts().get("yearComplete"));
    }

    @Test
    public void onlyThisYearsPlenariesUpToTheDayJudgedCount() {
        meeting(coordination, "plenary", LocalDate.of(2026, 3, 10));
        meeting(coordination, "plenary", LocalDate.of(2025, 12, 31));
        meeting(coordination, "plenary", AS_OF.plusDays(1));
        meeting(coordination, "committee-meeting", LocalDate.of(2026, 6, 1));
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void anotherOrganisationsPlenaryDoesNotCount() {
        Organisation committee = Fixtures.committee(facts);
        meeting(coordination, "plenary", LocalDate.of(2026, 3, 10));
        meeting(committee, "plenary", LocalDate.of(2026, 5, 10));
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void aDistrictMayChangeTheNumber() {
        meeting(coordination, "plenary", LocalDate.of(2026, 3, 10));
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, new TestParameters(rule).with(CoordinationPlenaries.MIN, "1"))));
        meeting(coordination, "plenary", LocalDate.of(2026, 4, 10));
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(CoordinationPlenaries.MIN, "3"))));
    }

    @Test
    public void withoutACoordinationCommitteeDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
