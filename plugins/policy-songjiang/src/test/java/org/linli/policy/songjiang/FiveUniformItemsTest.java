package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class FiveUniformItemsTest {
    private final FiveUniformItems rule = new FiveUniformItems();

    private TestFacts facts;
    private Organisation rc;

    private void allFive() {
        facts = Fixtures.facts();
        rc = Fixtures.committee(facts, "中山居委会");
        Fixtures.facility(facts, rc, "door-plate", null);
        Fixtures.facility(facts, rc, "service-station", "120");
        Fixtures.document(facts, rc, "rules-meeting");
        Fixtures.facility(facts, rc, "publicity-board", null);
        Fixtures.facility(facts, rc, "service-window-sign", null);
    }

    @Test
    public void allFiveItemsPass() {
        allFive();
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("5", outcome.facts().get("itemsMet"));
    }

    @Test
    public void withoutDoorPlateFails() {
        allFive();
        facts.facilities.removeIf(f -> f.getKind().equals("door-plate"));
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("false", outcome.facts().get("doorPlate"));
        assertEquals("4", outcome.facts().get("itemsMet"));
    }

    @Test
    public void revokedWorkRulesDoNotCount() {
        allFive();
        facts.documents.get(0).setRevokedOn(LocalDate.of(2019, 1, 1));
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("false", outcome.facts().get("workRules"));
    }

    @Test
    public void theAffairsBoardServesForNotices() {
        allFive();
        facts.facilities.removeIf(f -> f.getKind().equals("publicity-board"));
        Fixtures.facility(facts, rc, "affairs-board", null);
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aDistrictMayAskForTheVolunteerStationToo() {
        allFive();
        TestParameters p = new TestParameters(rule).with("stations", "volunteer-station");
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, p)).verdict());
        Fixtures.facility(facts, rc, "volunteer-station", "30");
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(facts, p)).verdict());
    }

    @Test
    public void nothingRecordedIsMissingData() {
        facts = Fixtures.facts();
        Fixtures.committee(facts, "中山居委会");
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
