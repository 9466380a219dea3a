package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Inspection;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class DisclosureInspectionsTest {
    private static final String STREET = "disclosure-street-monthly";
    private static final String SPOT = "disclosure-district-spot-check";
    private static final org.linli.organisations.Verdict PASSED = org.linli.organisations.Verdict.PASSED;
    private static final org.linli.organisations.Verdict RECTIFY = org.linli.organisations.Verdict.RECTIFY;

    private final DisclosureInspections rule = new DisclosureInspections();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    private Inspection street(LocalDate on) {
        return Fixtures.inspection(facts, committee, STREET, on, PASSED);
    }

    /** Street patrols in February, March and April 2026, the three months before the day judged. */
    private void everyMonth() {
        street(LocalDate.of(2026, 2, 10));
        street(LocalDate.of(2026, 3, 10));
        street(LocalDate.of(2026, 4, 10));
    }

    private Inspection finding(String kind, LocalDate on, LocalDate rectifyBy, LocalDate rectifiedOn) {
        Inspection i = Fixtures.inspection(facts, committee, kind, on, RECTIFY);
        i.setFindings("公开栏财务收支未按月更新");
        i.setRectifyBy(rectifyBy);
        i.setRectifiedOn(rectifiedOn);
        return i;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void aPatrolInEachOfTheLastThreeMonthsPasses() {
        everyMonth();
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.RESIDENTS_COMMITTEE, outcome.subject().kind());
        assertEquals("3", outcome.facts().get("streetInspections"));
        assertEquals("2026-02-01", outcome.facts().get("from"));
    }

    @Test
    public void aMonthWithoutPatrolFails() {
        street(LocalDate.of(2026, 2, 10));
        street(LocalDate.of(2026, 4, 10));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("2026-03", outcome.facts().get("monthsWithoutStreetInspection"));
    }

    @Test
    public void theLastDayOfTheMonthCountsForIt() {
        street(LocalDate.of(2026, 2, 28));
        street(LocalDate.of(2026, 3, 31));
        street(LocalDate.of(2026, 4, 30));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aPatrolInTheMonthUnderWayDoesNotStandForTheMonthBefore() {
        street(LocalDate.of(2026, 2, 10));
        street(LocalDate.of(2026, 3, 10));
        street(LocalDate.of(2026, 5, 1));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aSpotCheckIsNotAStreetPatrol() {
        street(LocalDate.of(2026, 2, 10));
        street(LocalDate.of(2026, 3, 10));
        Fixtures.inspection(facts, committee, SPOT, LocalDate.of(2026, 4, 10), PASSED);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("1", outcome.facts().get("districtSpotChecks"));
    }

    @Test
    public void aDistrictMayJudgeMoreMonths() {
        everyMonth();
        assertVerdict(Verdict.FAIL, judge(new TestParameters(rule).with(DisclosureInspections.MONTHS, "4")));
        street(LocalDate.of(2026, 1, 15));
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(DisclosureInspections.MONTHS, "4")));
    }

    @Test
    public void monthsBeforeTheCommitteeExistedAreNotAskedFor() {
        committee.setEstablishedOn(LocalDate.of(2026, 4, 5));
        street(LocalDate.of(2026, 4, 10));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void rectifiedOnTheDeadlinePasses() {
        everyMonth();
        finding(STREET, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("1", outcome.facts().get("rectifiedOnTime"));
    }

    @Test
    public void rectifiedADayLateFails() {
        everyMonth();
        finding(STREET, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 11));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("1", outcome.facts().get("rectifiedLate"));
    }

    @Test
    public void anOpenFindingPastItsDeadlineFails() {
        everyMonth();
        finding(SPOT, LocalDate.of(2026, 4, 20), AS_OF.minusDays(1), null);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("1", outcome.facts().get("rectificationOverdue"));
    }

    @Test
    public void anOpenFindingDueOnTheDayJudgedIsWaitedFor() {
        everyMonth();
        finding(SPOT, LocalDate.of(2026, 4, 20), AS_OF, null);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("1", outcome.facts().get("rectificationPending"));
    }

    @Test
    public void aRectificationAfterTheDayJudgedIsNotYetMade() {
        everyMonth();
        finding(STREET, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10), AS_OF.plusDays(3));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void anOldOverdueFindingStillFailsButAnOldLateOneIsHistory() {
        everyMonth();
        finding(STREET, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 7, 10), LocalDate.of(2025, 8, 1));
        assertVerdict(Verdict.PASS, judge());
        finding(STREET, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 7, 10), null);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aDistrictMayLeaveSpotChecksOut() {
        everyMonth();
        finding(SPOT, LocalDate.of(2026, 4, 20), AS_OF.minusDays(1), null);
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(DisclosureInspections.RECTIFICATION_KINDS, STREET)));
    }

    @Test
    public void anotherCommitteesInspectionsDoNotCount() {
        Organisation other = Fixtures.organisation(facts, org.linli.organisations.OrganisationKind.PARTY_ORGANISATION, "党委", null);
        Fixtures.inspection(facts, other, STREET, LocalDate.of(2026, 2, 10), PASSED);
        Fixtures.inspection(facts, other, STREET, LocalDate.of(2026, 3, 10), PASSED);
        Fixtures.inspection(facts, other, STREET, LocalDate.of(2026, 4, 10), PASSED);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void withoutCommitteeDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
