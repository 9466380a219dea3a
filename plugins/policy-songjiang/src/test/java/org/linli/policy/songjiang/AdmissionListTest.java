package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class AdmissionListTest {
    private final AdmissionList rule = new AdmissionList();
    private final TestFacts facts = Fixtures.facts();
    private final Organisation rc = Fixtures.committee(facts, "中山居委会");

    private Outcome judge(TestParameters p) {
        return Fixtures.only(rule.evaluate(facts, p));
    }

    @Test
    public void anAdmissionListInForcePasses() {
        Fixtures.document(facts, rc, "rules-meeting");
        Fixtures.document(facts, rc, "admission-list");
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
        assertEquals("1", outcome.facts().get("admissionLists"));
    }

    @Test
    public void documentsButNoAdmissionListFail() {
        Fixtures.document(facts, rc, "rules-meeting");
        Fixtures.document(facts, rc, "duty-list");
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void aRevokedAdmissionListFails() {
        Fixtures.document(facts, rc, "rules-meeting");
        Fixtures.document(facts, rc, "admission-list").setRevokedOn(LocalDate.of(2019, 1, 1));
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void theDutyListMayServeWhereTheDistrictSaysSo() {
        Fixtures.document(facts, rc, "duty-list");
        assertEquals(Verdict.PASS, judge(new TestParameters(rule).with("documentKinds", "admission-list,duty-list")).verdict());
    }

    @Test
    public void noDocumentsIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, judge(new TestParameters(rule)).verdict());
    }
}
