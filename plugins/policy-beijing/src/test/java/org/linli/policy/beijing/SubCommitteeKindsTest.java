package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.SIX;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class SubCommitteeKindsTest {
    private final SubCommitteeKinds rule = new SubCommitteeKinds();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    private void six() {
        SIX.forEach(kind -> Fixtures.subCommittee(facts, committee, kind));
    }

    @Test
    public void theSixKindsPass() {
        six();
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("6", outcome.facts().get("subCommittees"));
        assertEquals(committee.getId(), outcome.subject().id());
    }

    @Test
    public void aMissingKindFails() {
        SIX.subList(0, 5).forEach(kind -> Fixtures.subCommittee(facts, committee, kind));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("co-governance", outcome.facts().get("missing"));
    }

    @Test
    public void anExtraKindFails() {
        six();
        Fixtures.subCommittee(facts, committee, "environment-property");
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("environment-property", outcome.facts().get("extra"));
    }

    @Test
    public void aKindSetUpTwiceFails() {
        six();
        Fixtures.subCommittee(facts, committee, "public-health");
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("public-health", outcome.facts().get("duplicated"));
    }

    @Test
    public void aDissolvedSubCommitteeDoesNotCount() {
        six();
        facts.organisations.get(facts.organisations.size() - 1).setDissolvedOn(AS_OF);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void anotherCommitteesSubCommitteesDoNotCount() {
        Organisation other = Fixtures.organisation(facts, OrganisationKind.VILLAGE_COMMITTEE, "某村委会", null, null);
        six();
        SIX.subList(0, 3).forEach(kind -> Fixtures.subCommittee(facts, other, kind));
        var outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertVerdict(Verdict.PASS, Fixtures.of(outcomes, committee.getId()));
        assertVerdict(Verdict.FAIL, Fixtures.of(outcomes, other.getId()));
    }

    @Test
    public void withoutACommitteeDataIsMissing() {
        TestFacts empty = new TestFacts(AS_OF);
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(empty, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayChangeTheKinds() {
        SIX.subList(0, 5).forEach(kind -> Fixtures.subCommittee(facts, committee, kind));
        Outcome outcome = only(rule.evaluate(facts, new TestParameters(rule).with(SubCommitteeKinds.KINDS, String.join(",", SIX.subList(0, 5)))));
        assertVerdict(Verdict.PASS, outcome);
    }
}
