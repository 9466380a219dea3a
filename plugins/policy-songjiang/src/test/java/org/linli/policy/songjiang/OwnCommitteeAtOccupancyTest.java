package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.territory.TerritoryLevel;

public class OwnCommitteeAtOccupancyTest {
    private final OwnCommitteeAtOccupancy rule = new OwnCommitteeAtOccupancy();

    /** A new estate of 100 dwellings with {@code households} moved in. */
    private static TestFacts estate(long households) {
        TestFacts facts = Fixtures.facts();
        for (int i = 0; i < 100; i++) {
            facts.node(TerritoryLevel.DWELLING, "房屋" + i);
        }
        facts.households = households;
        return facts;
    }

    @Test
    public void thirtyPercentWithoutOwnCommitteeFails() {
        Outcome outcome = Fixtures.only(rule.evaluate(estate(30), new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("30", outcome.facts().get("occupancyPercent"));
        assertEquals("false", outcome.facts().get("ownCommittee"));
    }

    @Test
    public void twentyNinePercentWithoutOwnCommitteePasses() {
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(estate(29), new TestParameters(rule))).verdict());
    }

    @Test
    public void thirtyPercentWithOwnCommitteePasses() {
        TestFacts facts = estate(30);
        Fixtures.committee(facts, "新城居委会");
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aDissolvedCommitteeIsNoCommittee() {
        TestFacts facts = estate(80);
        Organisation old = Fixtures.committee(facts, "旧居委会");
        old.setDissolvedOn(LocalDate.of(2019, 1, 1));
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aLowerThresholdMakes29PercentFail() {
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(estate(29), new TestParameters(rule).with("occupancyPercent", "25"))).verdict());
    }

    @Test
    public void moreHouseholdsThanDwellingsCountsAsFull() {
        Outcome outcome = Fixtures.only(rule.evaluate(estate(150), new TestParameters(rule)));
        assertEquals("100", outcome.facts().get("occupancyPercent"));
        assertEquals(Verdict.FAIL, outcome.verdict());
    }

    @Test
    public void noDwellingsIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
