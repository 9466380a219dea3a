package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldError;
import org.linli.organisations.Candidate;
import org.linli.organisations.Election;
import org.linli.organisations.ElectionKind;
import org.linli.organisations.Organisation;
import org.linli.organisations.Qualification;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.policy.testkit.TestWrites;

public class CommitteeElectionsTest {
    private static final String ALL_FOUR = "区委组织部、区纪检监察机关、区委政法委、区委统战部";
    private static final LocalDate VOTE = LocalDate.of(2024, 5, 25);

    private final CommitteeElections rule = new CommitteeElections();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);
    private final Term term = Fixtures.term(facts, committee, 5);
    private final Election regular = election(ElectionKind.REGULAR, VOTE);

    public CommitteeElectionsTest() {
        for (int i = 1; i <= 5; i++) {
            Fixtures.member(facts, term, "委员" + i);
            regular.getCandidates().add(candidate("委员" + i, Qualification.PASSED, ALL_FOUR, true));
        }
    }

    private Election election(ElectionKind kind, LocalDate voteDate) {
        Election e = new Election();
        e.setId(Fixtures.id());
        e.setOrganisationId(committee.getId());
        e.setTermId(term.getId());
        e.setKind(kind);
        e.setSeats(5);
        e.setVoteDate(voteDate);
        facts.elections.add(e);
        return e;
    }

    private static Candidate candidate(String name, Qualification qualification, String reviewedBy, boolean elected) {
        Candidate c = new Candidate();
        c.setPersonName(name);
        c.setQualification(qualification);
        c.setReviewedBy(reviewedBy);
        c.setElected(elected);
        return c;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    /** A member who left on {@code day}, leaving a seat empty. */
    private void vacancyOn(LocalDate day) {
        facts.memberships.get(4).setEndsOn(day);
    }

    @Test
    public void reviewedCandidatesAndAFullCommitteePass() {
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.RESIDENTS_COMMITTEE, outcome.subject().kind());
        assertEquals(committee.getId(), outcome.subject().id());
        assertEquals("5", outcome.facts().get("candidates"));
        assertEquals("0", outcome.facts().get("vacancies"));
    }

    @Test
    public void aRejectedCandidateWhoWasNotElectedIsTheReviewWorking() {
        regular.getCandidates().add(candidate("落选人", Qualification.REJECTED, ALL_FOUR, false));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aCandidateStillPendingAtTheVoteFails() {
        regular.getCandidates().add(candidate("未审查", Qualification.PENDING, null, false));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("1", outcome.facts().get("candidatesNotReviewed"));
        assertTrue(outcome.message().zh().contains("未审查"));
    }

    @Test
    public void aReviewWithoutOneOfTheNamedDepartmentsFails() {
        regular.getCandidates().get(0).setReviewedBy("区委组织部、区纪检监察机关、区委政法委");
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().zh().contains("统战"));
    }

    @Test
    public void aReviewNamingNoDepartmentFails() {
        regular.getCandidates().get(0).setReviewedBy(" ");
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void anElectedCandidateWhoDidNotPassFails() {
        regular.getCandidates().get(0).setQualification(Qualification.REJECTED);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aDistrictMayNameOtherDepartments() {
        regular.getCandidates().forEach(c -> c.setReviewedBy("区委组织部"));
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(CommitteeElections.REVIEWERS, "组织")));
    }

    @Test
    public void anElectionAfterTheDayJudgedIsNotJudgedYet() {
        Election next = election(ElectionKind.REGULAR, AS_OF.plusDays(1));
        next.getCandidates().add(candidate("未来", Qualification.PENDING, null, false));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aVacancyNinetyDaysOldIsNotYetOverdue() {
        vacancyOn(AS_OF.minusDays(90));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("1", outcome.facts().get("vacancies"));
        assertEquals(AS_OF.toString(), outcome.facts().get("byElectionDue"));
    }

    @Test
    public void aVacancyNinetyOneDaysOldWithoutByElectionFails() {
        vacancyOn(AS_OF.minusDays(91));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals(AS_OF.minusDays(91).toString(), outcome.facts().get("vacancySince"));
    }

    @Test
    public void theLatestDepartureDatesTheVacancy() {
        vacancyOn(AS_OF.minusDays(30));
        facts.memberships.get(3).setEndsOn(AS_OF.minusDays(200));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("2", outcome.facts().get("vacancies"));
        assertEquals(AS_OF.minusDays(30).toString(), outcome.facts().get("vacancySince"));
    }

    @Test
    public void aByElectionInTimePasses() {
        vacancyOn(AS_OF.minusDays(200));
        Election by = election(ElectionKind.BY_ELECTION, AS_OF.minusDays(120));
        by.getCandidates().add(candidate("补选人", Qualification.PASSED, ALL_FOUR, false));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(AS_OF.minusDays(120).toString(), outcome.facts().get("byElectionOn"));
    }

    @Test
    public void aLateByElectionFails() {
        vacancyOn(AS_OF.minusDays(200));
        election(ElectionKind.BY_ELECTION, AS_OF.minusDays(100)).getCandidates()
                .add(candidate("补选人", Qualification.PASSED, ALL_FOUR, false));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aByElectionBeforeTheVacancyDoesNotFillIt() {
        vacancyOn(AS_OF.minusDays(100));
        election(ElectionKind.BY_ELECTION, AS_OF.minusDays(150)).getCandidates()
                .add(candidate("补选人", Qualification.PASSED, ALL_FOUR, false));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aDistrictMayAllowMoreDays() {
        vacancyOn(AS_OF.minusDays(100));
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(CommitteeElections.BY_ELECTION_DAYS, "100")));
    }

    @Test
    public void seatsNeverFilledDateFromTheStartOfTheTerm() {
        term.setSeats(7);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("2", outcome.facts().get("vacancies"));
        assertEquals(Fixtures.TERM_START.toString(), outcome.facts().get("vacancySince"));
    }

    @Test
    public void withoutSeatsTheVacanciesAreMissing() {
        term.setSeats(null);
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void withoutElectionsDataIsMissing() {
        facts.elections.clear();
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void anOverdueByElectionFailsEvenWithoutElectionsRecorded() {
        facts.elections.clear();
        vacancyOn(AS_OF.minusDays(91));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void withoutCommitteeDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void theDecision() {
        List<String> four = List.of("组织", "纪检", "政法", "统战");
        assertTrue(CommitteeElections.notReviewed(candidate("a", Qualification.PASSED, ALL_FOUR, true), four).isEmpty());
        assertTrue(CommitteeElections.notReviewed(candidate("a", Qualification.REJECTED, ALL_FOUR, false), four).isEmpty());
        assertTrue(CommitteeElections.notReviewed(candidate("a", Qualification.REJECTED, ALL_FOUR, true), four).isPresent());
        assertTrue(CommitteeElections.notReviewed(candidate("a", Qualification.PENDING, ALL_FOUR, false), four).isPresent());
        assertTrue(CommitteeElections.notReviewed(candidate("a", null, ALL_FOUR, false), four).isPresent());
        assertTrue(CommitteeElections.notReviewed(candidate("a", Qualification.PASSED, "区委组织部", true), four).isPresent());
        assertTrue("an empty list asks for some department",
                CommitteeElections.notReviewed(candidate("a", Qualification.PASSED, "区委组织部", true), List.of()).isEmpty());
        assertTrue(CommitteeElections.notReviewed(candidate("a", Qualification.PASSED, null, true), List.of()).isPresent());
    }

    // the hook

    @SuppressWarnings("unchecked")
    private RecordHook<Election> hook() {
        assertEquals(1, rule.hooks().size());
        RecordHook<?> hook = rule.hooks().get(0);
        assertEquals(Election.class, hook.recordClass());
        return (RecordHook<Election>) hook;
    }

    private List<FieldError> review(Candidate... candidates) {
        return review(new TestParameters(rule), candidates);
    }

    private List<FieldError> review(Parameters parameters, Candidate... candidates) {
        Election e = new Election();
        e.setOrganisationId(committee.getId());
        e.setTermId(term.getId());
        e.setKind(ElectionKind.REGULAR);
        e.setSeats(5);
        e.setVoteDate(VOTE);
        e.setCandidates(new java.util.ArrayList<>(List.of(candidates)));
        TestWrites.Write<Election> write = TestWrites.write("election", e, null);
        hook().review(write.write(), facts, parameters);
        return write.refusals();
    }

    @Test
    public void theHookRefusesElectingACandidateWhoDidNotPass() {
        List<FieldError> refusals = review(candidate("张三", Qualification.PENDING, ALL_FOUR, true));
        assertEquals(1, refusals.size());
        assertEquals("candidates", refusals.get(0).field());
        assertEquals("not_reviewed", refusals.get(0).code());
        assertTrue(refusals.get(0).message().contains("张三"));
        assertEquals(1, review(candidate("李四", Qualification.REJECTED, ALL_FOUR, true)).size());
    }

    @Test
    public void theHookRefusesElectingACandidateReviewedWithoutTheNamedDepartments() {
        List<FieldError> refusals = review(candidate("张三", Qualification.PASSED, "区委组织部", true));
        assertEquals(1, refusals.size());
        assertEquals("not_reviewed", refusals.get(0).code());
        assertTrue(refusals.get(0).message().contains("纪检"));
    }

    @Test
    public void theHookLetsReviewedCandidatesAndCandidatesNotElectedThrough() {
        assertEquals(List.of(), review(candidate("张三", Qualification.PASSED, ALL_FOUR, true),
                candidate("李四", Qualification.REJECTED, null, false), candidate("王五", Qualification.PENDING, null, false)));
    }

    @Test
    public void theHookFollowsTheReviewersParameter() {
        Candidate c = candidate("张三", Qualification.PASSED, "区委组织部", true);
        assertEquals(1, review(c).size());
        assertEquals(List.of(), review(new TestParameters(rule).with(CommitteeElections.REVIEWERS, "组织"), c));
    }
}
