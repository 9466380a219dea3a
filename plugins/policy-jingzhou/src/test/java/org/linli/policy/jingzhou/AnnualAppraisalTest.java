package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.of;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Appraisal;
import org.linli.staff.AppraisalConsequence;
import org.linli.staff.AppraisalMethod;
import org.linli.staff.AppraisalResult;
import org.linli.staff.Worker;

public class AnnualAppraisalTest {
    private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    private final AnnualAppraisal rule = new AnnualAppraisal();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Worker worker = Fixtures.worker(facts, "张敏");

    private Appraisal appraisal(Worker w, AppraisalMethod method) {
        Appraisal a = new Appraisal();
        a.setId(Fixtures.id());
        a.setWorkerId(w.getId());
        a.setPeriodStart(YEAR_START);
        a.setPeriodEnd(YEAR_END);
        a.setMethod(method);
        facts.appraisals.add(a);
        return a;
    }

    /** The five steps: self-report, resident assessment, organisation assessment with notice, result and consequence. */
    private Appraisal fullYear(Worker w) {
        appraisal(w, AppraisalMethod.SELF_REPORT);
        appraisal(w, AppraisalMethod.RESIDENT_ASSESSMENT);
        Appraisal organisation = appraisal(w, AppraisalMethod.ORGANISATION_ASSESSMENT);
        organisation.setResult(AppraisalResult.EXCELLENT);
        organisation.setConsequence(AppraisalConsequence.REWARD);
        organisation.setNoticeOn(LocalDate.of(2026, 1, 20));
        return organisation;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void allFiveStepsPass() {
        fullYear(worker);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.WORKER, outcome.subject().kind());
        assertEquals("2026-01-20", outcome.facts().get("noticeOn"));
        assertEquals("REWARD", outcome.facts().get("consequence"));
    }

    @Test
    public void withoutSelfReportItFails() {
        fullYear(worker);
        facts.appraisals.removeIf(a -> a.getMethod() == AppraisalMethod.SELF_REPORT);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().zh().contains("个人述职"));
    }

    @Test
    public void withoutPublicNoticeItFails() {
        fullYear(worker).setNoticeOn(null);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().en().contains("public notice"));
    }

    @Test
    public void aNoticeAfterTheDayJudgedIsNotYetGiven() {
        fullYear(worker).setNoticeOn(AS_OF.plusDays(1));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void withoutConsequenceThereIsNoFeedback() {
        fullYear(worker).setConsequence(null);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().en().contains("feedback"));
    }

    @Test
    public void aThirdPartySurveyCountsAsTheResidentAssessmentUnlessTheDistrictSaysNot() {
        fullYear(worker);
        facts.appraisals.stream().filter(a -> a.getMethod() == AppraisalMethod.RESIDENT_ASSESSMENT)
                .forEach(a -> a.setMethod(AppraisalMethod.THIRD_PARTY_SURVEY));
        assertVerdict(Verdict.PASS, judge());
        assertVerdict(Verdict.FAIL, judge(new TestParameters(rule).with(AnnualAppraisal.RESIDENT_METHODS, "RESIDENT_ASSESSMENT")));
    }

    @Test
    public void anAppraisalOfAnEarlierYearDoesNotCount() {
        fullYear(worker);
        facts.appraisals.forEach(a -> a.setPeriodEnd(AS_OF.minusDays(365)));
        assertVerdict(Verdict.FAIL, judge());
        facts.appraisals.forEach(a -> a.setPeriodEnd(AS_OF.minusDays(364)));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aDistrictMayLookFurtherBack() {
        fullYear(worker);
        facts.appraisals.forEach(a -> a.setPeriodEnd(AS_OF.minusDays(400)));
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(AnnualAppraisal.PERIOD_DAYS, "401")));
    }

    @Test
    public void aWorkerWithoutAppraisalFails() {
        fullYear(worker);
        Worker other = Fixtures.worker(facts, "李强");
        assertVerdict(Verdict.FAIL, of(rule.evaluate(facts, new TestParameters(rule)), other.getId()));
    }

    @Test
    public void aWorkerHiredWithinTheYearIsNotYetDue() {
        fullYear(worker);
        Worker other = Fixtures.worker(facts, "李强");
        other.setHiredOn(AS_OF.minusDays(100));
        assertVerdict(Verdict.NOT_APPLICABLE, of(rule.evaluate(facts, new TestParameters(rule)), other.getId()));
    }

    @Test
    public void withoutAnyAppraisalDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void withoutWorkersDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
