package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import org.junit.Test;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Organisation;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ResidentRepresentativesTest {
    private final ResidentRepresentatives rule = new ResidentRepresentatives();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation sub = Fixtures.subCommittee(facts, Fixtures.committee(facts), "social-welfare");
    private final Term term = Fixtures.term(facts, sub);

    /** Eight members: {@code representatives} resident representatives, the others from the property company and police office. */
    private Outcome with(int representatives, Parameters parameters) {
        for (int i = 0; i < 8; i++) {
            Fixtures.member(facts, term, "成员" + i, i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER).setResidentRepresentative(i < representatives);
        }
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void threeRepresentativesPass() {
        Outcome outcome = with(3, new TestParameters(rule));
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("3", outcome.facts().get("residentRepresentatives"));
    }

    @Test
    public void twoRepresentativesFail() {
        Outcome outcome = with(2, new TestParameters(rule));
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("2", outcome.facts().get("residentRepresentatives"));
        assertEquals("3", outcome.facts().get(ResidentRepresentatives.MIN));
    }

    @Test
    public void aDistrictMayAskForFewer() {
        assertVerdict(Verdict.PASS, with(2, new TestParameters(rule).with(ResidentRepresentatives.MIN, "2")));
    }

    @Test
    public void aDistrictMayAskForMore() {
        assertVerdict(Verdict.FAIL, with(3, new TestParameters(rule).with(ResidentRepresentatives.MIN, "4")));
    }

    @Test
    public void withoutASittingTermDataIsMissing() {
        facts.terms.clear();
        assertVerdict(Verdict.MISSING_DATA, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void withoutSubCommitteesDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
