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

public class PremisesAreaTest {
    private final PremisesArea rule = new PremisesArea();

    private Outcome judge(String premises, String openOffice, TestParameters parameters) {
        TestFacts facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        Fixtures.facility(facts, rc, "premises", premises);
        if (openOffice != null) {
            Fixtures.facility(facts, rc, "open-office", openOffice);
        }
        return Fixtures.only(rule.evaluate(facts, parameters));
    }

    @Test
    public void exactly640And30Pass() {
        Outcome outcome = judge("640", "30", new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals(SubjectKind.RESIDENTS_COMMITTEE, outcome.subject().kind());
        assertEquals("640", outcome.facts().get("premisesArea"));
        assertEquals("30", outcome.facts().get("openOfficeArea"));
    }

    @Test
    public void premisesOf639Fail() {
        assertEquals(Verdict.FAIL, judge("639", "30", new TestParameters(rule)).verdict());
    }

    @Test
    public void premisesJustBelow640Fail() {
        assertEquals(Verdict.FAIL, judge("639.99", "30", new TestParameters(rule)).verdict());
    }

    @Test
    public void openOfficeOf29Fails() {
        Outcome outcome = judge("700", "29", new TestParameters(rule));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("29", outcome.facts().get("openOfficeArea"));
    }

    @Test
    public void noOpenOfficeFails() {
        Outcome outcome = judge("700", null, new TestParameters(rule));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("false", outcome.facts().get("openOfficeRecorded"));
    }

    @Test
    public void twoSitesAddUp() {
        TestFacts facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        Fixtures.facility(facts, rc, "premises", "400");
        Fixtures.facility(facts, rc, "premises", "240");
        Fixtures.facility(facts, rc, "open-office", "30");
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aSmallerStandardMakes639Pass() {
        assertEquals(Verdict.PASS, judge("639", "30", new TestParameters(rule).with("minPremisesArea", "600")).verdict());
        assertEquals(Verdict.PASS, judge("700", "29", new TestParameters(rule).with("minOpenOfficeArea", "25")).verdict());
    }

    @Test
    public void noPremisesRecordedIsMissingData() {
        TestFacts facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        Fixtures.facility(facts, rc, "open-office", "40");
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void premisesWithoutAreaIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, judge(null, "30", new TestParameters(rule)).verdict());
    }

    @Test
    public void premisesTakenUpAfterTheDayDoNotCount() {
        TestFacts facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        Fixtures.facility(facts, rc, "premises", "500");
        Fixtures.facility(facts, rc, "premises", "200").setSince(LocalDate.of(2019, 7, 1));
        Fixtures.facility(facts, rc, "open-office", "30");
        Outcome outcome = Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("500", outcome.facts().get("premisesArea"));
    }

    @Test
    public void noCommitteeIsMissingData() {
        Outcome outcome = Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule)));
        assertEquals(Verdict.MISSING_DATA, outcome.verdict());
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
    }
}
