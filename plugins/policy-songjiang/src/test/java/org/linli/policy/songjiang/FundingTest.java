package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class FundingTest {
    private final Funding rule = new Funding();
    private final TestFacts facts = Fixtures.facts();
    private final Organisation rc = Fixtures.committee(facts, "中山居委会");

    private Outcome judge(TestParameters p) {
        return Fixtures.only(rule.evaluate(facts, p));
    }

    @Test
    public void eightyThousandPasses() {
        Fixtures.budget(facts, rc, 2019, "office", "80000");
        Fixtures.budget(facts, rc, 2019, "autonomy", "20000");
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("80000", outcome.facts().get("officeFunds"));
        assertEquals("20000", outcome.facts().get("autonomyFunds"));
    }

    @Test
    public void seventyNineThousandNineHundredNinetyNineFails() {
        Fixtures.budget(facts, rc, 2019, "office", "79999");
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void linesOfTheYearAddUp() {
        Fixtures.budget(facts, rc, 2019, "office", "50000");
        Fixtures.budget(facts, rc, 2019, "office", "30000");
        Fixtures.budget(facts, rc, 2018, "office", "90000");
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("80000", outcome.facts().get("officeFunds"));
    }

    @Test
    public void otherFundsDoNotCountAsOfficeFunds() {
        Fixtures.budget(facts, rc, 2019, "office", "60000");
        Fixtures.budget(facts, rc, 2019, "public-welfare", "40000");
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void autonomyFundsBelowTheAverageAreReportedNotFailed() {
        Fixtures.budget(facts, rc, 2019, "office", "90000");
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("0", outcome.facts().get("autonomyFunds"));
        assertEquals("20000", outcome.facts().get("autonomyAverageTarget"));
    }

    @Test
    public void aLowerStandardMakes79999Pass() {
        Fixtures.budget(facts, rc, 2019, "office", "79999");
        assertEquals(Verdict.PASS, judge(new TestParameters(rule).with("minOfficeFunds", "70000")).verdict());
    }

    @Test
    public void onlyLastYearsBudgetIsMissingData() {
        Fixtures.budget(facts, rc, 2018, "office", "100000");
        assertEquals(Verdict.MISSING_DATA, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
