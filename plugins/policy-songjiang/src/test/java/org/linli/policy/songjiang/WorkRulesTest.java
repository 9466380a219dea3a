package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class WorkRulesTest {
    private static final List<String> SEVEN = List.of("rules-meeting", "rules-study", "rules-attendance", "rules-seal", "rules-duty",
            "rules-visit", "rules-reception");
    private final WorkRules rule = new WorkRules();
    private TestFacts facts;
    private Organisation rc;

    private void with(List<String> kinds) {
        facts = Fixtures.facts();
        rc = Fixtures.committee(facts, "中山居委会");
        kinds.forEach(k -> Fixtures.document(facts, rc, k));
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    public void sevenRulesConventionAndCharterPass() {
        with(plus(SEVEN, "residents-convention", "autonomy-charter"));
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("9", outcome.facts().get("onFile"));
    }

    @Test
    public void withoutTheSealRulesFails() {
        List<String> kinds = plus(SEVEN, "residents-convention", "autonomy-charter");
        kinds.remove("rules-seal");
        with(kinds);
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("rules-seal", outcome.facts().get("missing"));
    }

    @Test
    public void withoutTheCharterFails() {
        with(plus(SEVEN, "residents-convention"));
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aConventionAdoptedInTheRegisterCounts() {
        with(plus(SEVEN, "autonomy-charter"));
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
        Fixtures.convention(facts, rc, LocalDate.of(2018, 6, 1));
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("true", outcome.facts().get("conventionAdopted"));
    }

    @Test
    public void aConventionStillInDraftDoesNotCount() {
        with(plus(SEVEN, "autonomy-charter"));
        Fixtures.convention(facts, rc, null);
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aRevokedRuleDoesNotCount() {
        with(plus(SEVEN, "residents-convention", "autonomy-charter"));
        facts.documents.get(0).setRevokedOn(LocalDate.of(2019, 6, 30));
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void theSevenRulesAloneWhenTheDistrictAsksOnlyForThem() {
        with(SEVEN);
        TestParameters p = new TestParameters(rule).with("rules", String.join(",", SEVEN));
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(facts, p)).verdict());
    }

    @Test
    public void nothingRecordedIsMissingData() {
        with(List.of());
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
