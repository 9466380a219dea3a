package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldError;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Meeting;
import org.linli.organisations.Spending;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.policy.testkit.TestWrites;

public class FundConsultationTest {
    private static final List<String> FUNDS = List.of("public-welfare");
    private static final List<String> TYPES = List.of("consultation");

    private final FundConsultation rule = new FundConsultation();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final BudgetLine welfare = line("public-welfare");
    private final BudgetLine office = line("office");
    private final Meeting consultation = meeting("consultation");
    private final Meeting plenary = meeting("plenary");

    private BudgetLine line(String fund) {
        BudgetLine l = new BudgetLine();
        l.setId(Fixtures.id());
        l.setFund(fund);
        l.setFiscalYear(AS_OF.getYear());
        l.setAmount(new BigDecimal("50000"));
        facts.budgetLines.add(l);
        return l;
    }

    private Meeting meeting(String type) {
        Meeting m = new Meeting();
        m.setId(Fixtures.id());
        m.setType(type);
        m.setHeldOn(AS_OF.minusMonths(2));
        facts.meetings.add(m);
        return m;
    }

    private Spending spending(BudgetLine line, Meeting meeting, Long consultationId) {
        Spending s = new Spending();
        s.setId(Fixtures.id());
        s.setBudgetLineId(line.getId());
        s.setSpentOn(AS_OF.minusMonths(1));
        s.setAmount(new BigDecimal("3000"));
        s.setPurpose("楼道照明改造");
        s.setConsultationMeetingId(meeting == null ? null : meeting.getId());
        s.setConsultationId(consultationId);
        facts.spendings.add(s);
        return s;
    }

    @Test
    public void spendingDiscussedAtAConsultationMeetingPasses() {
        Spending s = spending(welfare, consultation, null);
        var outcome = only(rule.evaluate(facts, new TestParameters(rule)));
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.SPENDING, outcome.subject().kind());
        assertEquals(s.getId(), outcome.subject().id());
        assertEquals("consultation", outcome.facts().get("meetingType"));
    }

    @Test
    public void spendingApprovedByAConsultationPasses() {
        spending(welfare, null, 99L);
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void spendingWithoutConsultationFails() {
        spending(welfare, null, null);
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void aMeetingOfAnotherKindFails() {
        spending(welfare, plenary, null);
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void otherFundsAreNotConcerned() {
        spending(office, null, null);
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayAddFunds() {
        spending(office, null, null);
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(FundConsultation.FUNDS, "public-welfare,office"))));
    }

    @Test
    public void theDecision() {
        Spending none = new Spending();
        assertTrue(FundConsultation.refusal(none, welfare, null, FUNDS, TYPES).isPresent());
        assertFalse(FundConsultation.refusal(none, office, null, FUNDS, TYPES).isPresent());
        assertFalse("an unresolved line is the register's to report", FundConsultation.refusal(none, null, null, FUNDS, TYPES).isPresent());
        Spending atMeeting = new Spending();
        atMeeting.setConsultationMeetingId(consultation.getId());
        assertFalse(FundConsultation.refusal(atMeeting, welfare, consultation, FUNDS, TYPES).isPresent());
        assertFalse("an unresolved meeting is the register's to report", FundConsultation.refusal(atMeeting, welfare, null, FUNDS, TYPES).isPresent());
        atMeeting.setConsultationMeetingId(plenary.getId());
        assertTrue(FundConsultation.refusal(atMeeting, welfare, plenary, FUNDS, TYPES).isPresent());
    }

    @SuppressWarnings("unchecked")
    private RecordHook<Spending> hook() {
        assertEquals(1, rule.hooks().size());
        RecordHook<?> hook = rule.hooks().get(0);
        assertEquals(Spending.class, hook.recordClass());
        return (RecordHook<Spending>) hook;
    }

    @Test
    public void theHookRefusesSpendingWithoutConsultation() {
        Spending s = new Spending();
        s.setBudgetLineId(welfare.getId());
        TestWrites.Write<Spending> write = TestWrites.write("spending", s, null, welfare, consultation, plenary);
        hook().review(write.write(), facts, new TestParameters(rule));
        List<FieldError> refusals = write.refusals();
        assertEquals(1, refusals.size());
        assertEquals("consultationMeetingId", refusals.get(0).field());
        assertEquals("consultation_required", refusals.get(0).code());
        assertTrue(refusals.get(0).message().contains("社区协商会议") && refusals.get(0).message().contains("consultation meeting"));
    }

    @Test
    public void theHookRefusesAMeetingOfAnotherKind() {
        Spending s = new Spending();
        s.setBudgetLineId(welfare.getId());
        s.setConsultationMeetingId(plenary.getId());
        TestWrites.Write<Spending> write = TestWrites.write("spending", s, null, welfare, consultation, plenary);
        hook().review(write.write(), facts, new TestParameters(rule));
        assertEquals(1, write.refusals().size());
    }

    @Test
    public void theHookLetsConsultedSpendingThrough() {
        Spending s = new Spending();
        s.setBudgetLineId(welfare.getId());
        s.setConsultationMeetingId(consultation.getId());
        TestWrites.Write<Spending> write = TestWrites.write("spending", s, null, welfare, consultation, plenary);
        hook().review(write.write(), facts, new TestParameters(rule));
        assertEquals(List.of(), write.refusals());
    }

    @Test
    public void theHookIsSilentOnWhatDoesNotResolve() {
        Spending s = new Spending();
        s.setBudgetLineId(12345L);
        TestWrites.Write<Spending> write = TestWrites.write("spending", s, null);
        hook().review(write.write(), facts, new TestParameters(rule));
        Spending noLine = new Spending();
        TestWrites.Write<Spending> another = TestWrites.write("spending", noLine, null);
        hook().review(another.write(), facts, new TestParameters(rule));
        assertEquals(List.of(), write.refusals());
        assertEquals(List.of(), another.refusals());
    }

    @Test
    public void theHookFollowsTheFundsParameter() {
        Spending s = new Spending();
        s.setBudgetLineId(office.getId());
        TestWrites.Write<Spending> write = TestWrites.write("spending", s, null, office);
        hook().review(write.write(), facts, new TestParameters(rule));
        assertEquals(List.of(), write.refusals());
        TestWrites.Write<Spending> again = TestWrites.write("spending", s, null, office);
        hook().review(again.write(), facts, new TestParameters(rule).with(FundConsultation.FUNDS, "office"));
        assertEquals(1, again.refusals().size());
    }
}
