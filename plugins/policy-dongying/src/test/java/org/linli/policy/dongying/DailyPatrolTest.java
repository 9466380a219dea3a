package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.of;
import static org.linli.policy.dongying.Fixtures.only;

import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryNode;

public class DailyPatrolTest {
    private final DailyPatrol rule = new DailyPatrol();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final TerritoryNode grid = Fixtures.grid(facts, "第一网格");
    private final Worker worker = Fixtures.worker(facts, "张网格员", "grid-worker");

    /** A patrol on each of the {@code days} days before the day judged but those {@code skipped} days back. */
    private void patrolled(int days, int... skipped) {
        for (int back = 1; back <= days; back++) {
            boolean skip = false;
            for (int s : skipped) {
                skip |= s == back;
            }
            if (!skip) {
                Fixtures.patrol(facts, grid, worker, AS_OF.minusDays(back));
            }
        }
    }

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aPatrolEveryDayPasses() {
        patrolled(7);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.GRID, outcome.subject().kind());
        assertEquals(AS_OF.minusDays(7).toString(), outcome.facts().get("from"));
        assertEquals(AS_OF.minusDays(1).toString(), outcome.facts().get("to"));
        assertEquals("7", outcome.facts().get("daysPatrolled"));
    }

    @Test
    public void aDayMissedFails() {
        patrolled(7, 3);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals(AS_OF.minusDays(3).toString(), outcome.facts().get("daysMissed"));
        assertEquals("6", outcome.facts().get("daysPatrolled"));
    }

    @Test
    public void theFirstDayOfTheWindowCounts() {
        patrolled(7, 7);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aDayBeforeTheWindowDoesNot() {
        patrolled(8, 8);
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void theDayJudgedIsNotRequired() {
        patrolled(7);
        assertVerdict(Verdict.PASS, judge());
        Fixtures.patrol(facts, grid, worker, AS_OF);
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void twoPatrolsOnADayDoNotMakeUpForAnother() {
        patrolled(7, 2);
        Fixtures.patrol(facts, grid, worker, AS_OF.minusDays(1));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void anotherGridsPatrolDoesNotCount() {
        patrolled(7);
        TerritoryNode other = Fixtures.grid(facts, "第二网格");
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertVerdict(Verdict.PASS, of(outcomes, grid.getId()));
        Outcome empty = of(outcomes, other.getId());
        assertVerdict(Verdict.FAIL, empty);
        assertEquals("0", empty.facts().get("daysPatrolled"));
    }

    @Test
    public void withoutGridsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayShortenTheWindow() {
        patrolled(7, 5);
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, new TestParameters(rule).with(DailyPatrol.DAYS, "3"))));
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(DailyPatrol.DAYS, "5"))));
    }
}
