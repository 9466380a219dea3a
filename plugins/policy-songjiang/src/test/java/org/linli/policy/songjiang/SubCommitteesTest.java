package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.residents.Sex;

public class SubCommitteesTest {
    private static final List<String> SIX = List.of("people-mediation", "comprehensive-governance", "public-health-family-planning",
            "social-security", "culture-sports", "environment-property");
    private final SubCommittees rule = new SubCommittees();
    private TestFacts facts;
    private Organisation rc;
    private Term rcTerm;

    @Before
    public void committee() {
        facts = Fixtures.facts();
        rc = Fixtures.committee(facts, "中山居委会");
        rcTerm = Fixtures.term(facts, rc);
        for (int i = 0; i < 6; i++) {
            Fixtures.member(facts, rcTerm, "委员" + i, i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, Sex.FEMALE, true, true);
        }
    }

    /** A sub-committee of {@code type} chaired by {@code chair}, with one resident as member. */
    private Organisation sub(String type, String chair) {
        Organisation sub = Fixtures.subCommittee(facts, rc, type);
        Term term = Fixtures.term(facts, sub);
        if (chair != null) {
            Fixtures.member(facts, term, chair, MemberRole.CHAIR, Sex.MALE, false, true);
        }
        Fixtures.member(facts, term, "居民" + type, MemberRole.MEMBER, Sex.MALE, false, true);
        return sub;
    }

    private Outcome judge() {
        return Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void sixCommitteesChairedByCommitteeMembersPass() {
        for (int i = 0; i < 6; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        Outcome outcome = judge();
        assertEquals(outcome.toString(), Verdict.PASS, outcome.verdict());
        assertEquals("6", outcome.facts().get("subCommittees"));
    }

    @Test
    public void anExtraCommitteeIsAllowed() {
        for (int i = 0; i < 6; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        sub("public-security", "委员0");
        assertEquals(Verdict.PASS, judge().verdict());
    }

    @Test
    public void aMissingCommitteeFails() {
        for (int i = 0; i < 5; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        Outcome outcome = judge();
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("environment-property", outcome.facts().get("missing"));
    }

    @Test
    public void aDissolvedCommitteeCountsAsMissing() {
        for (int i = 0; i < 6; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        facts.organisations.stream().filter(o -> "culture-sports".equals(o.getTypeCode())).findFirst().orElseThrow()
                .setDissolvedOn(LocalDate.of(2019, 5, 1));
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void aChairFromOutsideTheCommitteeFails() {
        for (int i = 0; i < 5; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        sub(SIX.get(5), "物业经理");
        Outcome outcome = judge();
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("environment-property委员会:物业经理", outcome.facts().get("chairsNotCommitteeMembers"));
    }

    @Test
    public void theSameResidentRecordIsTheSamePerson() {
        Membership rcMember = facts.memberships.get(1);
        rcMember.setResidentId(77L);
        for (int i = 0; i < 6; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        // the chair of the first sub-committee is recorded under another spelling but the same resident
        Membership chair = facts.memberships.stream().filter(m -> "委员1".equals(m.getPersonName()) && m.getRole() == MemberRole.CHAIR)
                .findFirst().orElseThrow();
        chair.setPersonName("委员壹");
        chair.setResidentId(77L);
        assertEquals(Verdict.PASS, judge().verdict());
    }

    @Test
    public void aChairWhoLeftTheCommitteeFails() {
        for (int i = 0; i < 6; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        facts.memberships.get(2).setEndsOn(LocalDate.of(2019, 3, 31));
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void aCommitteeWithoutChairIsMissingData() {
        for (int i = 0; i < 5; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        sub(SIX.get(5), null);
        Outcome outcome = judge();
        assertEquals(Verdict.MISSING_DATA, outcome.verdict());
        assertEquals("environment-property委员会", outcome.facts().get("withoutChair"));
    }

    @Test
    public void aShorterListOfCommitteesPasses() {
        for (int i = 0; i < 3; i++) {
            sub(SIX.get(i), "委员" + i);
        }
        assertEquals(Verdict.FAIL, judge().verdict());
        TestParameters p = new TestParameters(rule).with("committees", String.join(",", SIX.subList(0, 3)));
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(facts, p)).verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
