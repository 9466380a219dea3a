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
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class SubCommitteeChairTest {
    private final SubCommitteeChair rule = new SubCommitteeChair();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);
    private final Term committeeTerm = Fixtures.term(facts, committee);
    private final Organisation sub = Fixtures.subCommittee(facts, committee, "public-security");
    private final Term term = Fixtures.term(facts, sub);

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aChairOnTheCommitteePasses() {
        Fixtures.member(facts, committeeTerm, "王芳", MemberRole.MEMBER);
        Fixtures.member(facts, term, "王芳", MemberRole.CHAIR);
        Fixtures.members(facts, term, "委员", 6);
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("王芳", outcome.facts().get("chairs"));
    }

    @Test
    public void theSamePersonIsFoundByResidentRecord() {
        Membership onCommittee = Fixtures.member(facts, committeeTerm, "王芳", MemberRole.DEPUTY_CHAIR);
        onCommittee.setResidentId(77L);
        Membership chair = Fixtures.member(facts, term, "王 芳", MemberRole.CHAIR);
        chair.setResidentId(77L);
        assertVerdict(Verdict.PASS, evaluate());
    }

    @Test
    public void aChairFromOutsideTheCommitteeFails() {
        Fixtures.member(facts, committeeTerm, "王芳", MemberRole.CHAIR);
        Fixtures.member(facts, term, "李强", MemberRole.CHAIR);
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("李强", outcome.facts().get("chairsNotOnCommittee"));
    }

    @Test
    public void aChairWhoLeftTheCommitteeFails() {
        Membership left = Fixtures.member(facts, committeeTerm, "王芳", MemberRole.MEMBER);
        left.setEndsOn(AS_OF.minusMonths(1));
        Fixtures.member(facts, term, "王芳", MemberRole.CHAIR);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void noChairFails() {
        Fixtures.member(facts, committeeTerm, "王芳", MemberRole.CHAIR);
        Fixtures.members(facts, term, "委员", 7);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void withoutTheCommitteesTermDataIsMissing() {
        facts.terms.remove(committeeTerm);
        Fixtures.member(facts, term, "王芳", MemberRole.CHAIR);
        assertVerdict(Verdict.MISSING_DATA, evaluate());
    }

    @Test
    public void withoutSubCommitteesDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
