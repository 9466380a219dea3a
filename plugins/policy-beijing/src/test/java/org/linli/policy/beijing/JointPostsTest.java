package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;

import java.util.List;
import org.junit.Test;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class JointPostsTest {
    private final JointPosts rule = new JointPosts();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation party = Fixtures.organisation(facts, OrganisationKind.PARTY_ORGANISATION, "社区党委", null, "party-committee");
    private final Organisation branch = Fixtures.organisation(facts, OrganisationKind.PARTY_ORGANISATION, "第一党支部", party.getId(), "branch");
    private final Organisation committee = Fixtures.committee(facts);
    private final Term partyTerm = Fixtures.term(facts, party);
    private final Term branchTerm = Fixtures.term(facts, branch);
    private final Term committeeTerm = Fixtures.term(facts, committee);

    private List<Outcome> evaluate() {
        return rule.evaluate(facts, new TestParameters(rule));
    }

    private Organisation owners(String... members) {
        Organisation owners = Fixtures.organisation(facts, OrganisationKind.OWNERS_COMMITTEE, "业委会", null, null);
        Term term = Fixtures.term(facts, owners);
        for (String member : members) {
            Fixtures.member(facts, term, member, MemberRole.MEMBER);
        }
        return owners;
    }

    @Test
    public void theSecretaryWhoChairsTheCommitteePasses() {
        Fixtures.member(facts, partyTerm, "张伟", MemberRole.SECRETARY).setResidentId(9L);
        Fixtures.member(facts, committeeTerm, "张伟", MemberRole.CHAIR).setResidentId(9L);
        List<Outcome> outcomes = evaluate();
        assertEquals(2, outcomes.size());
        assertVerdict(Verdict.NOT_APPLICABLE, Fixtures.of(outcomes, 1L));
        Outcome oneShoulder = Fixtures.of(outcomes, committee.getId());
        assertVerdict(Verdict.PASS, oneShoulder);
        assertEquals(SubjectKind.RESIDENTS_COMMITTEE, oneShoulder.subject().kind());
    }

    @Test
    public void aSecretaryWhoDoesNotChairFails() {
        Fixtures.member(facts, partyTerm, "张伟", MemberRole.SECRETARY);
        Fixtures.member(facts, committeeTerm, "李娜", MemberRole.CHAIR);
        Fixtures.member(facts, committeeTerm, "张伟", MemberRole.MEMBER);
        assertVerdict(Verdict.FAIL, Fixtures.of(evaluate(), committee.getId()));
    }

    @Test
    public void aBranchSecretaryIsNotTheCommunitySecretary() {
        Fixtures.member(facts, partyTerm, "张伟", MemberRole.SECRETARY);
        Fixtures.member(facts, branchTerm, "李娜", MemberRole.SECRETARY);
        Fixtures.member(facts, committeeTerm, "李娜", MemberRole.CHAIR);
        assertVerdict(Verdict.FAIL, Fixtures.of(evaluate(), committee.getId()));
    }

    @Test
    public void withoutAPartyOrganisationDataIsMissing() {
        facts.organisations.remove(party);
        facts.organisations.remove(branch);
        Fixtures.member(facts, committeeTerm, "李娜", MemberRole.CHAIR);
        assertVerdict(Verdict.MISSING_DATA, Fixtures.of(evaluate(), committee.getId()));
    }

    @Test
    public void anOwnersCommitteeWithACommitteeMemberPasses() {
        Fixtures.member(facts, partyTerm, "张伟", MemberRole.SECRETARY);
        Fixtures.member(facts, committeeTerm, "张伟", MemberRole.CHAIR);
        Fixtures.member(facts, committeeTerm, "赵敏", MemberRole.MEMBER);
        Organisation owners = owners("赵敏", "业主甲", "业主乙");
        List<Outcome> outcomes = evaluate();
        assertEquals("no community-level finding when an owners' committee exists", 2, outcomes.size());
        Outcome cross = Fixtures.of(outcomes, owners.getId());
        assertVerdict(Verdict.PASS, cross);
        assertEquals("1", cross.facts().get("crossServing"));
    }

    @Test
    public void anOwnersCommitteeWithoutCrossServingFails() {
        Fixtures.member(facts, committeeTerm, "赵敏", MemberRole.MEMBER);
        Organisation owners = owners("业主甲", "业主乙");
        assertVerdict(Verdict.FAIL, Fixtures.of(evaluate(), owners.getId()));
    }

    @Test
    public void aDistrictMayAskForMoreCrossServingMembers() {
        Fixtures.member(facts, partyTerm, "钱进", MemberRole.MEMBER);
        Fixtures.member(facts, committeeTerm, "赵敏", MemberRole.MEMBER);
        Organisation owners = owners("赵敏", "钱进", "业主甲");
        assertVerdict(Verdict.PASS, Fixtures.of(evaluate(), owners.getId()));
        assertVerdict(Verdict.FAIL, Fixtures.of(rule.evaluate(facts, new TestParameters(rule).with(JointPosts.MIN_CROSS, "3")), owners.getId()));
    }

    @Test
    public void withoutAnyCommitteeOneFindingSaysDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
