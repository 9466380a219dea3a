package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

public class TrainingFrequencyTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2012, 3, 1);
    private final TrainingFrequency rule = new TrainingFrequency();
    private final TestFacts facts = Fixtures.facts();

    private Outcome trained(String post, int monthsAgo, TestParameters p) {
        Worker w = Fixtures.worker(facts, "张主任", post, LONG_AGO);
        Fixtures.training(facts, w, Fixtures.AS_OF.minusMonths(monthsAgo));
        return Fixtures.only(rule.evaluate(facts, p));
    }

    @Test
    public void directorTrainedTwelveMonthsAgoPasses() {
        Outcome outcome = trained("committee-director", 12, new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals(SubjectKind.WORKER, outcome.subject().kind());
        assertEquals("2018-06-30", outcome.facts().get("lastTraining"));
    }

    @Test
    public void directorTrainedThirteenMonthsAgoFails() {
        assertEquals(Verdict.FAIL, trained("committee-director", 13, new TestParameters(rule)).verdict());
    }

    @Test
    public void directorTrainedOneDayTooEarlyFails() {
        Worker w = Fixtures.worker(facts, "张主任", "committee-director", LONG_AGO);
        Fixtures.training(facts, w, Fixtures.AS_OF.minusMonths(12).minusDays(1));
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void memberTrainedTwentyFourMonthsAgoPassesAndTwentyFiveFails() {
        assertEquals(Verdict.PASS, trained("committee-member", 24, new TestParameters(rule)).verdict());
        facts.workers.clear();
        facts.trainings.clear();
        assertEquals(Verdict.FAIL, trained("full-time-worker", 25, new TestParameters(rule)).verdict());
    }

    @Test
    public void aLongerDirectorIntervalMakesThirteenMonthsPass() {
        assertEquals(Verdict.PASS, trained("committee-director", 13, new TestParameters(rule).with("directorMonths", "18")).verdict());
    }

    @Test
    public void aShorterIntervalForOthersMakesTwentyMonthsFail() {
        assertEquals(Verdict.FAIL, trained("deputy-director", 20, new TestParameters(rule).with("othersMonths", "12")).verdict());
    }

    @Test
    public void neverTrainedFails() {
        Fixtures.worker(facts, "李委员", "committee-member", LONG_AGO);
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("-", outcome.facts().get("lastTraining"));
    }

    @Test
    public void aNewcomerIsNotYetDue() {
        Fixtures.worker(facts, "新人", "committee-director", Fixtures.AS_OF.minusMonths(3));
        assertEquals(Verdict.NOT_APPLICABLE, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void oneOutcomePerWorkerJudged() {
        Worker director = Fixtures.worker(facts, "张主任", "committee-director", LONG_AGO);
        Fixtures.training(facts, director, Fixtures.AS_OF.minusMonths(2));
        Fixtures.worker(facts, "王书记", "party-secretary", LONG_AGO);
        Worker gone = Fixtures.worker(facts, "离职者", "committee-member", LONG_AGO);
        gone.setStatus(WorkerStatus.RESIGNED);
        gone.setLeftOn(LocalDate.of(2019, 1, 1));
        Fixtures.worker(facts, "赵专职", "full-time-worker", LONG_AGO);
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals(2, outcomes.size());
        assertEquals(Verdict.PASS, outcomes.get(0).verdict());
        assertEquals(Verdict.FAIL, outcomes.get(1).verdict());
        assertEquals("赵专职", outcomes.get(1).subject().name());
    }

    @Test
    public void noWorkersIsMissingData() {
        Fixtures.worker(facts, "网格员", "grid-worker", LONG_AGO);
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.MISSING_DATA, outcome.verdict());
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
    }
}
