package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.TERM_END;
import static org.linli.policy.beijing.Fixtures.TERM_START;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import org.junit.Test;
import org.linli.organisations.Election;
import org.linli.organisations.ElectionKind;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Meeting;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class SubCommitteeElectionTest {
    private final SubCommitteeElection rule = new SubCommitteeElection();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);
    private final Organisation sub = Fixtures.subCommittee(facts, committee, "culture-sports");

    private Meeting meeting(String type) {
        Meeting m = new Meeting();
        m.setId(Fixtures.id());
        m.setOrganisationId(committee.getId());
        m.setType(type);
        m.setHeldOn(TERM_START);
        facts.meetings.add(m);
        return m;
    }

    private Election election(Term term, Meeting meeting) {
        Election e = new Election();
        e.setId(Fixtures.id());
        e.setOrganisationId(term.getOrganisationId());
        e.setTermId(term.getId());
        e.setKind(ElectionKind.REGULAR);
        e.setMeetingId(meeting.getId());
        facts.elections.add(e);
        return e;
    }

    /** Seven members of {@code term}, all elected by {@code election}. */
    private void elected(Term term, Election election) {
        for (int i = 0; i < 7; i++) {
            Fixtures.member(facts, term, "成员" + i, i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER).setElectionId(election.getId());
        }
    }

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void theCommitteesTermElectedByAResidentsMeetingPasses() {
        Fixtures.term(facts, committee);
        Term term = Fixtures.term(facts, sub);
        elected(term, election(term, meeting("residents-meeting")));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("true", outcome.facts().get("sameTerm"));
        assertEquals("7", outcome.facts().get("electedByMeeting"));
    }

    @Test
    public void aSubCommitteeElectedWeeksLaterStillServesTheTerm() {
        Fixtures.term(facts, committee);
        Term term = Fixtures.term(facts, sub, TERM_START.plusWeeks(3), TERM_END);
        elected(term, election(term, meeting("residents-meeting")));
        assertVerdict(Verdict.PASS, evaluate());
    }

    @Test
    public void aTermEndingOnAnotherDayFails() {
        Fixtures.term(facts, committee);
        Term term = Fixtures.term(facts, sub, TERM_START, TERM_END.minusYears(2));
        elected(term, election(term, meeting("residents-meeting")));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("false", outcome.facts().get("sameTerm"));
    }

    @Test
    public void aMemberWithoutAnElectionFails() {
        Fixtures.term(facts, committee);
        Term term = Fixtures.term(facts, sub);
        elected(term, election(term, meeting("residents-meeting")));
        Membership appointed = Fixtures.member(facts, term, "指派成员", MemberRole.MEMBER);
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals(appointed.getPersonName(), outcome.facts().get("notElected"));
    }

    @Test
    public void electedByAnotherKindOfMeetingFailsUnlessTheDistrictAllowsIt() {
        Fixtures.term(facts, committee);
        Term term = Fixtures.term(facts, sub);
        elected(term, election(term, meeting("representatives-meeting")));
        assertVerdict(Verdict.FAIL, evaluate());
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, new TestParameters(rule)
                .with(SubCommitteeElection.MEETING_TYPES, "residents-meeting,representatives-meeting"))));
    }

    @Test
    public void anElectionOfAnotherTermDoesNotCount() {
        Fixtures.term(facts, committee);
        Term old = Fixtures.term(facts, sub, TERM_START.minusYears(5), TERM_START.minusDays(1));
        Term term = Fixtures.term(facts, sub);
        elected(term, election(old, meeting("residents-meeting")));
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void withoutTheCommitteesTermDataIsMissing() {
        Term term = Fixtures.term(facts, sub);
        elected(term, election(term, meeting("residents-meeting")));
        assertVerdict(Verdict.MISSING_DATA, evaluate());
    }

    @Test
    public void withoutSubCommitteesDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
