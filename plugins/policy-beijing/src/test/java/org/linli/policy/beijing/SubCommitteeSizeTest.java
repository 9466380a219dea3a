package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import org.junit.Test;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class SubCommitteeSizeTest {
    private final SubCommitteeSize rule = new SubCommitteeSize();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);
    private final Organisation sub = Fixtures.subCommittee(facts, committee, "people-mediation");
    private final Term term = Fixtures.term(facts, sub);

    private Outcome withMembers(int count, Parameters parameters) {
        Fixtures.member(facts, term, "主任", MemberRole.CHAIR);
        Fixtures.members(facts, term, "委员", count - 1);
        return only(rule.evaluate(facts, parameters));
    }

    private Outcome withMembers(int count) {
        return withMembers(count, new TestParameters(rule));
    }

    @Test
    public void sevenMembersPass() {
        Outcome outcome = withMembers(7);
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("7", outcome.facts().get("members"));
        assertEquals(SubjectKind.SUB_COMMITTEE, outcome.subject().kind());
    }

    @Test
    public void nineMembersPass() {
        assertVerdict(Verdict.PASS, withMembers(9));
    }

    @Test
    public void sixMembersFail() {
        Outcome outcome = withMembers(6);
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("6", outcome.facts().get("members"));
    }

    @Test
    public void tenMembersFail() {
        assertVerdict(Verdict.FAIL, withMembers(10));
    }

    @Test
    public void aMemberWhoLeftDoesNotCount() {
        Fixtures.member(facts, term, "主任", MemberRole.CHAIR);
        Fixtures.members(facts, term, "委员", 6);
        Membership left = facts.memberships.get(facts.memberships.size() - 1);
        left.setEndsOn(AS_OF.minusDays(1));
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void onePersonWithTwoPostsCountsOnce() {
        Fixtures.member(facts, term, "主任", MemberRole.CHAIR);
        Fixtures.members(facts, term, "委员", 5);
        Fixtures.member(facts, term, "委员1", MemberRole.DEPUTY_CHAIR);
        assertEquals("6", only(rule.evaluate(facts, new TestParameters(rule))).facts().get("members"));
    }

    @Test
    public void anEndedTermIsNotTheSittingOne() {
        facts.terms.clear();
        Term old = Fixtures.term(facts, sub, AS_OF.minusYears(5), AS_OF.minusDays(1));
        Fixtures.members(facts, old, "委员", 7);
        assertVerdict(Verdict.MISSING_DATA, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void withoutSubCommitteesDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayChangeTheBounds() {
        assertVerdict(Verdict.PASS, withMembers(6, new TestParameters(rule).with(SubCommitteeSize.MIN, "5")));
    }

    @Test
    public void aLowerMaximumFailsNine() {
        assertVerdict(Verdict.FAIL, withMembers(9, new TestParameters(rule).with(SubCommitteeSize.MAX, "8")));
    }
}
