package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Organisation;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.residents.Sex;

public class CommitteeSizeTest {
    private final CommitteeSize rule = new CommitteeSize();
    private TestFacts facts;
    private Term term;

    /**
     * A committee of {@code members}, the first {@code fullTime} full-time, the first {@code women}
     * women, the first {@code local} locally resident.
     */
    private void committee(int members, int fullTime, int women, int local) {
        facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        term = Fixtures.term(facts, rc);
        for (int i = 0; i < members; i++) {
            Fixtures.member(facts, term, "成员" + i, i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER,
                    i < women ? Sex.FEMALE : Sex.MALE, i < fullTime, i < local);
        }
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(TestParameters p) {
        return Fixtures.only(rule.evaluate(facts, p));
    }

    @Test
    public void fiveMembersPass() {
        committee(5, 5, 2, 5);
        Outcome outcome = judge();
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("5", outcome.facts().get("members"));
    }

    @Test
    public void nineMembersPass() {
        committee(9, 9, 3, 9);
        assertEquals(Verdict.PASS, judge().verdict());
    }

    @Test
    public void fourMembersFail() {
        committee(4, 4, 2, 4);
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void tenMembersFail() {
        committee(10, 10, 3, 10);
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void exactlyTwoThirdsFullTimePasses() {
        committee(6, 4, 2, 6);
        Outcome outcome = judge();
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("66.67", outcome.facts().get("fullTimePercent"));
        committee(9, 6, 2, 9);
        assertEquals(Verdict.PASS, judge().verdict());
    }

    @Test
    public void justBelowTwoThirdsFullTimeFails() {
        committee(9, 5, 2, 9);
        assertEquals(Verdict.FAIL, judge().verdict());
        committee(7, 4, 2, 7);
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void eightyPercentLocallyResidentPasses() {
        committee(5, 5, 2, 4);
        Outcome outcome = judge();
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("80", outcome.facts().get("localPercent"));
    }

    @Test
    public void belowEightyPercentLocallyResidentFails() {
        committee(9, 9, 2, 7);
        assertEquals(Verdict.FAIL, judge().verdict());
        committee(5, 5, 2, 3);
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void noWomanFails() {
        committee(7, 7, 0, 7);
        Outcome outcome = judge();
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("0", outcome.facts().get("women"));
    }

    @Test
    public void noWomanRecordedButSexUnknownIsMissingData() {
        committee(7, 7, 0, 7);
        facts.memberships.get(3).setSex(null);
        assertEquals(Verdict.MISSING_DATA, judge().verdict());
    }

    @Test
    public void aMemberWhoLeftDoesNotCount() {
        committee(5, 5, 2, 5);
        facts.memberships.get(4).setEndsOn(LocalDate.of(2019, 6, 29));
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void aMemberOfAnEndedTermDoesNotCount() {
        committee(5, 5, 2, 5);
        Organisation rc = facts.organisations.get(0);
        Term old = Fixtures.term(facts, rc, LocalDate.of(2013, 1, 1), LocalDate.of(2017, 12, 31));
        Fixtures.member(facts, old, "前任", MemberRole.MEMBER, Sex.MALE, false, false);
        assertEquals(Verdict.PASS, judge().verdict());
    }

    @Test
    public void oneRecordedTwiceCountsOnce() {
        committee(5, 5, 2, 5);
        Fixtures.member(facts, term, "成员4", MemberRole.MEMBER, Sex.MALE, false, false);
        Outcome outcome = judge();
        assertEquals("5", outcome.facts().get("members"));
        assertEquals(Verdict.PASS, outcome.verdict());
    }

    @Test
    public void parametersChangeTheVerdict() {
        committee(4, 4, 2, 4);
        assertEquals(Verdict.PASS, judge(new TestParameters(rule).with("minMembers", "3")).verdict());
        committee(9, 5, 2, 9);
        assertEquals(Verdict.PASS, judge(new TestParameters(rule).with("minFullTimeShare", "50")).verdict());
        assertEquals(Verdict.PASS, judge(new TestParameters(rule).with("minFullTimeShare", "5/9")).verdict());
        committee(5, 5, 1, 5);
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule).with("minWomen", "2")).verdict());
        committee(5, 5, 2, 3);
        assertEquals(Verdict.PASS, judge(new TestParameters(rule).with("minLocalPercent", "60")).verdict());
    }

    @Test
    public void aMalformedShareIsAConfigurationError() {
        committee(5, 5, 2, 5);
        assertThrows(IllegalArgumentException.class, () -> judge(new TestParameters(rule).with("minFullTimeShare", "two thirds")));
        assertThrows(IllegalArgumentException.class, () -> judge(new TestParameters(rule).with("minFullTimeShare", "2/0")));
    }

    @Test
    public void noSittingTermIsMissingData() {
        facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        Fixtures.term(facts, rc, LocalDate.of(2013, 1, 1), LocalDate.of(2017, 12, 31));
        assertEquals(Verdict.MISSING_DATA, judge().verdict());
    }

    @Test
    public void noMembersRecordedIsMissingData() {
        committee(0, 0, 0, 0);
        assertEquals(Verdict.MISSING_DATA, judge().verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        facts = Fixtures.facts();
        assertEquals(Verdict.MISSING_DATA, judge().verdict());
    }
}
