package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

/** Judged on Wednesday 2026-11-25: the complete weeks are W44..W47, Mondays 10-26 to 11-16. */
public class WeeklyVisitsTest {
    private static final LocalDate W44 = LocalDate.of(2026, 10, 26);
    private static final LocalDate W45 = LocalDate.of(2026, 11, 2);
    private static final LocalDate W46 = LocalDate.of(2026, 11, 9);
    private static final LocalDate W47 = LocalDate.of(2026, 11, 16);

    private final WeeklyVisits rule = new WeeklyVisits();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Worker cadre = worker("陈静", "full-time-worker", LocalDate.of(2020, 1, 1));

    private Worker worker(String name, String post, LocalDate hiredOn) {
        Worker w = new Worker();
        w.setId(Fixtures.id());
        w.setName(name);
        w.setCommunityId(1L);
        w.setPost(post);
        w.setHiredOn(hiredOn);
        w.setStatus(WorkerStatus.ACTIVE);
        facts.workers.add(w);
        return w;
    }

    private void visit(Worker worker, LocalDate on) {
        Visit v = new Visit();
        v.setId(Fixtures.id());
        v.setWorkerId(worker.getId());
        v.setVisitedOn(on);
        v.setPurpose("routine");
        facts.visits.add(v);
    }

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void oneDayEachWeekPasses() {
        visit(cadre, W44.plusDays(2));
        visit(cadre, W45.plusDays(6));
        visit(cadre, W46);
        visit(cadre, W47.plusDays(4));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("4", outcome.facts().get("weeksJudged"));
        assertEquals("{2026-W44=1, 2026-W45=1, 2026-W46=1, 2026-W47=1}", outcome.facts().get("visitDaysPerWeek"));
    }

    @Test
    public void aWeekWithoutVisitsFails() {
        visit(cadre, W44.plusDays(2));
        visit(cadre, W46);
        visit(cadre, W47.plusDays(4));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("2026-W45", outcome.facts().get("weeksBelow"));
    }

    @Test
    public void theRunningWeekIsNotHeldAgainstAnyone() {
        visit(cadre, W44);
        visit(cadre, W45);
        visit(cadre, W46);
        visit(cadre, W47);
        // nothing on Monday to Wednesday of the week judged
        assertVerdict(Verdict.PASS, evaluate());
    }

    @Test
    public void severalVisitsOnOneDayAreOneDay() {
        for (LocalDate monday : new LocalDate[] {W44, W45, W46, W47}) {
            visit(cadre, monday);
            visit(cadre, monday);
        }
        assertVerdict(Verdict.PASS, evaluate());
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(WeeklyVisits.MIN_DAYS, "2"))));
    }

    @Test
    public void fewerWeeksBackLeaveAnOldGapOut() {
        visit(cadre, W46);
        visit(cadre, W47);
        assertVerdict(Verdict.FAIL, evaluate());
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, new TestParameters(rule).with(WeeklyVisits.WEEKS, "2"))));
    }

    @Test
    public void weeksBeforeHiringAreNotJudged() {
        cadre.setHiredOn(W46);
        visit(cadre, W46.plusDays(1));
        visit(cadre, W47.plusDays(1));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("2", outcome.facts().get("weeksJudged"));
    }

    @Test
    public void aWorkerHiredThisWeekIsNotYetJudged() {
        cadre.setHiredOn(AS_OF.minusDays(1));
        assertVerdict(Verdict.NOT_APPLICABLE, evaluate());
    }

    @Test
    public void gridWorkersAndFormerWorkersAreNotCadres() {
        worker("网格员", "grid-worker", LocalDate.of(2020, 1, 1));
        Worker gone = worker("已离职", "committee-member", LocalDate.of(2020, 1, 1));
        gone.setStatus(WorkerStatus.RESIGNED);
        gone.setLeftOn(AS_OF.minusDays(10));
        assertEquals(cadre.getId(), evaluate().subject().id());
    }

    @Test
    public void withoutCadresDataIsMissing() {
        facts.workers.clear();
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }
}
