package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDateTime;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.services.RequestStatus;

public class RequestFlowTest {
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2019, 6, 3, 9, 0);
    private static final LocalDateTime DUE = LocalDateTime.of(2019, 6, 10, 17, 0);
    private final RequestFlow rule = new RequestFlow();
    private final TestFacts facts = Fixtures.facts();

    private Outcome judge() {
        return Fixtures.only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void ownedCompletedInTimeAndNotifiedPasses() {
        Fixtures.request(facts, RequestStatus.CLOSED, "wang", RECEIVED, DUE, DUE.minusDays(2), DUE.minusDays(1));
        Outcome outcome = judge();
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals(SubjectKind.REQUEST, outcome.subject().kind());
        assertEquals("wang", outcome.facts().get("owner"));
    }

    @Test
    public void completedExactlyAtTheDueTimePasses() {
        Fixtures.request(facts, RequestStatus.NOTIFIED, "wang", RECEIVED, DUE, DUE, DUE.plusHours(1));
        assertEquals(Verdict.PASS, judge().verdict());
    }

    @Test
    public void completedAfterTheDueTimeFails() {
        Fixtures.request(facts, RequestStatus.NOTIFIED, "wang", RECEIVED, DUE, DUE.plusMinutes(1), DUE.plusDays(1));
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void completedButNeverNotifiedFails() {
        Fixtures.request(facts, RequestStatus.COMPLETED, "wang", RECEIVED, DUE, DUE.minusDays(1), null);
        Outcome outcome = judge();
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("null", outcome.facts().get("notifiedAt"));
    }

    @Test
    public void completedWithoutAnOwnerFails() {
        Fixtures.request(facts, RequestStatus.NOTIFIED, null, RECEIVED, DUE, DUE.minusDays(1), DUE);
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void stillOpenPastTheDueTimeFails() {
        Fixtures.request(facts, RequestStatus.IN_PROGRESS, "wang", RECEIVED, DUE, null, null);
        assertEquals(Verdict.FAIL, judge().verdict());
    }

    @Test
    public void openAndNotYetDueHasNoVerdictYet() {
        Fixtures.request(facts, RequestStatus.ACCEPTED, "wang", RECEIVED, Fixtures.AS_OF.atTime(17, 0), null, null);
        assertEquals(Verdict.NOT_APPLICABLE, judge().verdict());
    }

    @Test
    public void aCompletionAfterTheDayJudgedDoesNotCountYet() {
        // judged on 30 June: completed on 2 July, so still open then, and overdue since 10 June
        Fixtures.request(facts, RequestStatus.CLOSED, "wang", RECEIVED, DUE, LocalDateTime.of(2019, 7, 2, 10, 0), LocalDateTime.of(2019, 7, 2, 11, 0));
        Outcome outcome = judge();
        assertEquals(Verdict.FAIL, outcome.verdict());
    }

    @Test
    public void aRejectedRequestIsNotApplicable() {
        Fixtures.request(facts, RequestStatus.REJECTED, "wang", RECEIVED, DUE, null, null);
        assertEquals(Verdict.NOT_APPLICABLE, judge().verdict());
    }

    @Test
    public void noDueTimeIsMissingData() {
        Fixtures.request(facts, RequestStatus.COMPLETED, "wang", RECEIVED, null, DUE, DUE);
        assertEquals(Verdict.MISSING_DATA, judge().verdict());
    }

    @Test
    public void oneOutcomePerRequestAndLaterRequestsIgnored() {
        Fixtures.request(facts, RequestStatus.CLOSED, "wang", RECEIVED, DUE, DUE.minusDays(2), DUE.minusDays(1));
        Fixtures.request(facts, RequestStatus.COMPLETED, "li", RECEIVED, DUE, DUE.minusDays(2), null);
        Fixtures.request(facts, RequestStatus.RECEIVED, null, LocalDateTime.of(2019, 7, 1, 9, 0), LocalDateTime.of(2019, 7, 8, 17, 0), null, null);
        var outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals(2, outcomes.size());
        assertEquals(Verdict.PASS, outcomes.get(0).verdict());
        assertEquals(Verdict.FAIL, outcomes.get(1).verdict());
    }

    @Test
    public void noRequestsIsNotApplicable() {
        Outcome outcome = judge();
        assertEquals(Verdict.NOT_APPLICABLE, outcome.verdict());
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
    }
}
