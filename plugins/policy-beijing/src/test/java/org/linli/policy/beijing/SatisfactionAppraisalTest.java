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
import org.linli.staff.Appraisal;
import org.linli.staff.AppraisalConsequence;
import org.linli.staff.AppraisalMethod;
import org.linli.staff.AppraisalResult;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

public class SatisfactionAppraisalTest {
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    private final SatisfactionAppraisal rule = new SatisfactionAppraisal();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Worker worker = worker();

    private Worker worker() {
        Worker w = new Worker();
        w.setId(Fixtures.id());
        w.setName("刘洋");
        w.setPost("full-time-worker");
        w.setHiredOn(LocalDate.of(2018, 3, 1));
        w.setStatus(WorkerStatus.ACTIVE);
        facts.workers.add(w);
        return w;
    }

    private Appraisal appraisal(AppraisalMethod method, LocalDate periodEnd, Integer sample, AppraisalConsequence consequence) {
        Appraisal a = new Appraisal();
        a.setId(Fixtures.id());
        a.setWorkerId(worker.getId());
        a.setPeriodStart(periodEnd.minusYears(1).plusDays(1));
        a.setPeriodEnd(periodEnd);
        a.setMethod(method);
        a.setAssessor(method == AppraisalMethod.THIRD_PARTY_SURVEY ? "北京某社会调查中心" : "街道");
        a.setSampleSize(sample);
        a.setResult(AppraisalResult.EXCELLENT);
        a.setConsequence(consequence);
        facts.appraisals.add(a);
        return a;
    }

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aThirdPartySurveyTiedToAConsequencePasses() {
        appraisal(AppraisalMethod.SELF_REPORT, YEAR_END, null, null);
        appraisal(AppraisalMethod.THIRD_PARTY_SURVEY, YEAR_END, 60, AppraisalConsequence.REWARD);
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("60", outcome.facts().get("sampleSize"));
        assertEquals("REWARD", outcome.facts().get("consequence"));
    }

    @Test
    public void anAppraisalWithoutTheResidentsSurveyFails() {
        appraisal(AppraisalMethod.ORGANISATION_ASSESSMENT, YEAR_END, null, AppraisalConsequence.RENEWAL);
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("0", outcome.facts().get("thirdPartySurveys"));
    }

    @Test
    public void aSurveyWhoseResultLedNowhereFails() {
        appraisal(AppraisalMethod.THIRD_PARTY_SURVEY, YEAR_END, 60, null);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void aSurveyWithoutASampleFails() {
        appraisal(AppraisalMethod.THIRD_PARTY_SURVEY, YEAR_END, null, AppraisalConsequence.RENEWAL);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void aDistrictMayAskForALargerSample() {
        appraisal(AppraisalMethod.THIRD_PARTY_SURVEY, YEAR_END, 30, AppraisalConsequence.RENEWAL);
        assertVerdict(Verdict.PASS, evaluate());
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(SatisfactionAppraisal.MIN_SAMPLE, "50"))));
    }

    @Test
    public void aSurveyOlderThanThePeriodFails() {
        appraisal(AppraisalMethod.THIRD_PARTY_SURVEY, AS_OF.minusYears(2), 60, AppraisalConsequence.RENEWAL);
        assertVerdict(Verdict.FAIL, evaluate());
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, new TestParameters(rule).with(SatisfactionAppraisal.PERIOD_DAYS, "800"))));
    }

    @Test
    public void aNewWorkerIsNotYetDue() {
        appraisal(AppraisalMethod.THIRD_PARTY_SURVEY, YEAR_END, 60, AppraisalConsequence.RENEWAL);
        Worker newcomer = worker();
        newcomer.setHiredOn(AS_OF.minusMonths(3));
        assertVerdict(Verdict.NOT_APPLICABLE, Fixtures.of(rule.evaluate(facts, new TestParameters(rule)), newcomer.getId()));
    }

    @Test
    public void withoutAnyAppraisalDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }
}
