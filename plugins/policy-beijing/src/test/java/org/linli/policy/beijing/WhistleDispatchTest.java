package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.policy.testkit.TestWrites;
import org.linli.services.Dispatch;

public class WhistleDispatchTest {
    /** The end of the day judged, 2026-11-25. */
    private static final LocalDateTime MOMENT = AS_OF.plusDays(1).atStartOfDay();
    private static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 20, 9, 0);

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Long after the day judged, so the moment judged is the end of that day. */
    private static final Clock LATER = Clock.fixed(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(BEIJING).toInstant(), BEIJING);

    private final WhistleDispatch rule = new WhistleDispatch(LATER);
    private final TestFacts facts = new TestFacts(AS_OF);

    private Dispatch dispatch(LocalDateTime sentAt, LocalDateTime deadline, LocalDateTime reportedAt) {
        Dispatch d = new Dispatch();
        d.setId(Fixtures.id());
        d.setRequestId(42L);
        d.setDepartment("区城管委");
        d.setSentAt(sentAt);
        d.setDeadline(deadline);
        d.setReportedAt(reportedAt);
        facts.dispatches.add(d);
        return d;
    }

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void reportedByTheDeadlinePasses() {
        Dispatch d = dispatch(SENT, SENT.plusHours(72), SENT.plusHours(30));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.DISPATCH, outcome.subject().kind());
        assertEquals(d.getId(), outcome.subject().id());
    }

    @Test
    public void reportedLateFails() {
        dispatch(SENT, SENT.plusHours(72), SENT.plusHours(80));
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("8", outcome.facts().get("hoursLate"));
    }

    @Test
    public void overdueAndUnreportedFailsAndEscalates() {
        dispatch(SENT, SENT.plusHours(72), null);
        Outcome outcome = evaluate();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("true", outcome.facts().get("escalate"));
        assertEquals(String.valueOf(java.time.Duration.between(SENT.plusHours(72), MOMENT).toHours()), outcome.facts().get("hoursOverdue"));
    }

    @Test
    public void aReportAfterTheDayJudgedIsNotYetMade() {
        dispatch(SENT, SENT.plusHours(72), MOMENT.plusDays(2));
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void notYetDueHasNoVerdict() {
        dispatch(AS_OF.atTime(8, 0), AS_OF.plusDays(2).atTime(8, 0), null);
        assertVerdict(Verdict.NOT_APPLICABLE, evaluate());
    }

    @Test
    public void withoutADeadlineTheReportHoursApply() {
        dispatch(SENT, null, SENT.plusHours(50));
        assertVerdict(Verdict.PASS, evaluate());
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(WhistleDispatch.REPORT_HOURS, "48"))));
    }

    @Test
    public void oldReportedDispatchesLeaveThePeriodButUnreportedOnesStay() {
        dispatch(SENT.minusYears(2), SENT.minusYears(2).plusHours(72), SENT.minusYears(2).plusHours(10));
        dispatch(SENT.minusYears(2), SENT.minusYears(2).plusHours(72), null);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void withoutDispatchesTheRuleDoesNotApply() {
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void theDecisionAtAMoment() {
        Dispatch d = new Dispatch();
        d.setDepartment("区住建委");
        d.setSentAt(SENT);
        assertVerdict(Verdict.NOT_APPLICABLE, WhistleDispatch.judge(d, SENT.plusHours(71), 72));
        assertVerdict(Verdict.FAIL, WhistleDispatch.judge(d, SENT.plusHours(73), 72));
        d.setReportedAt(SENT.plusHours(72));
        assertVerdict(Verdict.PASS, WhistleDispatch.judge(d, SENT.plusHours(73), 72));
    }

    @SuppressWarnings("unchecked")
    private RecordHook<Dispatch> hook() {
        assertEquals(1, rule.hooks().size());
        assertEquals(Dispatch.class, rule.hooks().get(0).recordClass());
        return (RecordHook<Dispatch>) rule.hooks().get(0);
    }

    @Test
    public void theHookGivesANewDispatchItsDeadline() {
        Dispatch d = new Dispatch();
        d.setSentAt(SENT);
        TestWrites.Write<Dispatch> write = TestWrites.write("dispatch", d, null);
        hook().complete(write.write(), facts, new TestParameters(rule));
        assertEquals(SENT.plusHours(72), d.getDeadline());
        assertEquals(List.of(), write.refusals());
    }

    @Test
    public void theHookCountsFromNowWhenNotYetSent() {
        Dispatch d = new Dispatch();
        hook().complete(TestWrites.write("dispatch", d, null).write(), facts, new TestParameters(rule).with(WhistleDispatch.REPORT_HOURS, "24"));
        assertEquals(LocalDateTime.of(2027, 1, 5, 9, 0), d.getDeadline());
    }

    @Test
    public void judgedDuringTheDayWhatIsDueLaterThatDayIsNotYetOverdue() {
        Clock noon = Clock.fixed(AS_OF.atTime(12, 0).atZone(BEIJING).toInstant(), BEIJING);
        WhistleDispatch today = new WhistleDispatch(noon);
        dispatch(SENT, AS_OF.atTime(18, 0), null);
        assertVerdict(Verdict.NOT_APPLICABLE, only(today.evaluate(facts, new TestParameters(today))));
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void theHookKeepsAGivenDeadlineAndLeavesUpdatesAlone() {
        Dispatch given = new Dispatch();
        given.setSentAt(SENT);
        given.setDeadline(SENT.plusHours(5));
        hook().complete(TestWrites.write("dispatch", given, null).write(), facts, new TestParameters(rule));
        assertEquals(SENT.plusHours(5), given.getDeadline());

        Dispatch update = new Dispatch();
        update.setSentAt(SENT);
        hook().complete(TestWrites.write("dispatch", update, new Dispatch()).write(), facts, new TestParameters(rule));
        assertTrue(update.getDeadline() == null);
    }
}
