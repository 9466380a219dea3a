package org.linli.policy.beijing;

import java.time.LocalDate;
import org.linli.organisations.Document;
import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class FormsPerDepartmentTest {
    private final FormsPerDepartment rule = new FormsPerDepartment();

    @Test
    public void noFormRecordedIsNotApplicable() {
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void formsInForceAreCountedPerDepartment() {
        TestFacts facts = new TestFacts(AS_OF);
        facts.documents.add(form("社区基础信息表", "区民政局", null));
        facts.documents.add(form("健康档案系统", "区卫健委", null));
        facts.documents.add(form("计生月报表", "区卫健委", null));
        facts.documents.add(form("旧台账", "区民政局", AS_OF.minusDays(1)));
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals(2, outcomes.size());
        Outcome civil = outcomes.stream().filter(o -> o.subject().name().equals("区民政局")).findFirst().orElseThrow();
        Outcome health = outcomes.stream().filter(o -> o.subject().name().equals("区卫健委")).findFirst().orElseThrow();
        assertVerdict(Verdict.PASS, civil);
        assertEquals("1", civil.facts().get("forms"));
        assertVerdict(Verdict.FAIL, health);
        assertEquals("2", health.facts().get("forms"));
        assertVerdict(Verdict.PASS, rule.evaluate(facts, new TestParameters(rule).with(FormsPerDepartment.MAX, "2")).stream()
                .filter(o -> o.subject().name().equals("区卫健委")).findFirst().orElseThrow());
    }

    @Test
    public void aFormWithoutItsDepartmentIsMissingData() {
        TestFacts facts = new TestFacts(AS_OF);
        facts.documents.add(form("无名报表", " ", null));
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    private static Document form(String title, String department, LocalDate revokedOn) {
        Document document = new Document();
        document.setKind("department-form");
        document.setTitle(title);
        document.setReference(department);
        document.setAdoptedOn(AS_OF.minusYears(1));
        document.setRevokedOn(revokedOn);
        return document;
    }

    private Map<String, List<String>> forms() {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("区民政局", List.of("社区基础信息表"));
        forms.put("区卫健委", List.of("健康档案系统", "计生月报表"));
        return forms;
    }

    @Test
    public void oneFormPassesAndTwoFail() {
        List<Outcome> outcomes = FormsPerDepartment.judge(forms(), 1);
        assertEquals(2, outcomes.size());
        assertVerdict(Verdict.PASS, outcomes.get(0));
        assertEquals(SubjectKind.DEPARTMENT, outcomes.get(0).subject().kind());
        assertEquals("区民政局", outcomes.get(0).subject().name());
        assertVerdict(Verdict.FAIL, outcomes.get(1));
        assertEquals("2", outcomes.get(1).facts().get("forms"));
    }

    @Test
    public void aHigherLimitPassesTwo() {
        assertVerdict(Verdict.PASS, FormsPerDepartment.judge(forms(), 2).get(1));
    }

}
