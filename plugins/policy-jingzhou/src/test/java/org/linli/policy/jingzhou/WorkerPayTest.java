package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.of;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Certificate;
import org.linli.staff.CertificateLevel;
import org.linli.staff.PayGrade;
import org.linli.staff.Worker;

public class WorkerPayTest {
    private final WorkerPay rule = new WorkerPay();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Worker worker = placed("张敏", "principal", 1);

    public WorkerPayTest() {
        grade("principal", 1, "1.8");
        grade("staff", 5, "1.234");
    }

    private void grade(String category, int grade, String coefficient) {
        PayGrade g = new PayGrade();
        g.setId(Fixtures.id());
        g.setPostCategory(category);
        g.setGrade(grade);
        g.setCoefficient(Fixtures.decimal(coefficient));
        facts.payGrades.add(g);
    }

    private Worker placed(String name, String category, Integer grade) {
        Worker w = Fixtures.worker(facts, name);
        w.setPostCategory(category);
        w.setGrade(grade);
        return w;
    }

    private Certificate certificate(Worker w, CertificateLevel level, LocalDate issuedOn, LocalDate expiresOn) {
        Certificate c = new Certificate();
        c.setId(Fixtures.id());
        c.setWorkerId(w.getId());
        c.setLevel(level);
        c.setNumber("SW" + c.getId());
        c.setIssuedOn(issuedOn);
        c.setExpiresOn(expiresOn);
        facts.certificates.add(c);
        return c;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void theBaseTimesTheGradeCoefficientIsReported() {
        Outcome outcome = judge();
        assertVerdict(Verdict.REPORTED, outcome);
        assertEquals(SubjectKind.WORKER, outcome.subject().kind());
        assertEquals("1.8", outcome.facts().get("coefficient"));
        assertEquals("3600", outcome.facts().get("basicPay"));
        assertEquals("0", outcome.facts().get("postAllowance"));
        assertEquals("3600", outcome.facts().get("monthlyPay"));
        assertEquals("not computed", outcome.facts().get("performancePay"));
    }

    @Test
    public void aSocialWorkerCertificateAddsItsAllowance() {
        certificate(worker, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2021, 6, 1), null);
        Outcome outcome = judge();
        assertEquals("SOCIAL_WORKER", outcome.facts().get("certificateLevel"));
        assertEquals("300", outcome.facts().get("postAllowance"));
        assertEquals("3900", outcome.facts().get("monthlyPay"));
    }

    @Test
    public void theHighestCertificateCounts() {
        certificate(worker, CertificateLevel.SOCIAL_WORK_ASSISTANT, LocalDate.of(2019, 6, 1), null);
        certificate(worker, CertificateLevel.SENIOR_SOCIAL_WORKER, LocalDate.of(2024, 6, 1), null);
        certificate(worker, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2021, 6, 1), null);
        assertEquals("400", judge().facts().get("postAllowance"));
    }

    @Test
    public void aCertificateCountsFromItsIssueToItsExpiry() {
        certificate(worker, CertificateLevel.SENIOR_SOCIAL_WORKER, AS_OF.plusDays(1), null);
        certificate(worker, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2020, 6, 1), AS_OF.minusDays(1));
        certificate(worker, CertificateLevel.SOCIAL_WORK_ASSISTANT, LocalDate.of(2020, 6, 1), AS_OF);
        Outcome outcome = judge();
        assertEquals("SOCIAL_WORK_ASSISTANT", outcome.facts().get("certificateLevel"));
        assertEquals("200", outcome.facts().get("postAllowance"));
    }

    @Test
    public void anotherWorkersCertificateDoesNotCount() {
        Worker other = placed("李强", "staff", 5);
        certificate(other, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2021, 6, 1), null);
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals("3600", of(outcomes, worker.getId()).facts().get("monthlyPay"));
        assertEquals("2468", of(outcomes, other.getId()).facts().get("basicPay"));
        assertEquals("2768", of(outcomes, other.getId()).facts().get("monthlyPay"));
    }

    @Test
    public void aDistrictSetsItsOwnBaseAndAllowances() {
        certificate(worker, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2021, 6, 1), null);
        Outcome outcome = judge(new TestParameters(rule).with(WorkerPay.BASE, "2500").with(WorkerPay.SOCIAL_WORKER, "500"));
        assertEquals("4500", outcome.facts().get("basicPay"));
        assertEquals("5000", outcome.facts().get("monthlyPay"));
    }

    @Test
    public void aGradeWithoutCoefficientIsMissingData() {
        worker.setGrade(18);
        Outcome outcome = judge();
        assertVerdict(Verdict.MISSING_DATA, outcome);
        assertTrue(outcome.message().en().contains("no coefficient"));
    }

    @Test
    public void aWorkerWithoutGradeIsMissingData() {
        worker.setGrade(null);
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void anEmptyPayTableIsMissingData() {
        facts.payGrades.clear();
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void withoutWorkersDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
