package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.territory.TerritoryLevel;

public class ManagementScaleTest {
    private final ManagementScale rule = new ManagementScale();

    private Outcome judge(long households, TestParameters parameters) {
        TestFacts facts = Fixtures.facts();
        facts.node(TerritoryLevel.DWELLING, "1号101");
        facts.households = households;
        return Fixtures.only(rule.evaluate(facts, parameters));
    }

    @Test
    public void fifteenHundredHouseholdsPass() {
        Outcome outcome = judge(1500, new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
    }

    @Test
    public void upperBoundOf1650Passes() {
        Outcome outcome = judge(1650, new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("1650", outcome.facts().get("upperBound"));
        assertEquals("1650", outcome.facts().get("households"));
    }

    @Test
    public void oneHouseholdAboveTheBoundFails() {
        Outcome outcome = judge(1651, new TestParameters(rule));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("1651", outcome.facts().get("households"));
    }

    @Test
    public void noToleranceMakes1650Fail() {
        assertEquals(Verdict.FAIL, judge(1650, new TestParameters(rule).with("tolerancePercent", "0")).verdict());
        assertEquals(Verdict.PASS, judge(1500, new TestParameters(rule).with("tolerancePercent", "0")).verdict());
    }

    @Test
    public void aLargerTargetMakes1651Pass() {
        assertEquals(Verdict.PASS, judge(1651, new TestParameters(rule).with("households", "2000")).verdict());
    }

    @Test
    public void noHouseholdsRecordedIsMissingData() {
        Outcome outcome = Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule)));
        assertEquals(Verdict.MISSING_DATA, outcome.verdict());
    }
}
