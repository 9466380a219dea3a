package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.only;

import java.time.LocalDateTime;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.services.Channel;
import org.linli.services.Request;
import org.linli.services.RequestStatus;

public class OneWindowTest {
    private final OneWindow rule = new OneWindow();
    private final TestFacts facts = new TestFacts(AS_OF);

    private Request request(RequestStatus status, String owner, LocalDateTime receivedAt) {
        Request r = new Request();
        r.setId(Fixtures.id());
        r.setServiceCode("residence-certificate");
        r.setChannel(Channel.COUNTER);
        r.setStatus(status);
        r.setOwner(owner);
        r.setReceivedAt(receivedAt);
        facts.requests.add(r);
        return r;
    }

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void anAcceptedRequestPasses() {
        Request r = request(RequestStatus.COMPLETED, "zhang.san", AS_OF.minusDays(3).atTime(9, 30));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.REQUEST, outcome.subject().kind());
        assertEquals(r.getId(), outcome.subject().id());
        assertEquals("zhang.san", outcome.facts().get("owner"));
        assertEquals("COUNTER", outcome.facts().get("channel"));
    }

    @Test
    public void aRequestNotYetAcceptedHasNoVerdict() {
        request(RequestStatus.RECEIVED, null, AS_OF.atTime(8, 0));
        assertVerdict(Verdict.NOT_APPLICABLE, judge());
    }

    @Test
    public void aRequestRefusedAtReceptionHasNoVerdict() {
        request(RequestStatus.REJECTED, null, AS_OF.minusDays(1).atTime(8, 0));
        assertVerdict(Verdict.NOT_APPLICABLE, judge());
    }

    @Test
    public void anOwnerMissingPastAcceptanceIsMissingData() {
        request(RequestStatus.IN_PROGRESS, null, AS_OF.minusDays(1).atTime(8, 0));
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void requestsOutsideThePeriodAreNotJudged() {
        request(RequestStatus.IN_PROGRESS, null, AS_OF.minusDays(365).atTime(23, 59));
        request(RequestStatus.RECEIVED, null, AS_OF.plusDays(1).atStartOfDay());
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void theFirstDayOfThePeriodIsJudged() {
        request(RequestStatus.CLOSED, "li.si", AS_OF.minusDays(364).atStartOfDay());
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void withoutRequestsThereIsNothingToJudge() {
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayShortenThePeriod() {
        request(RequestStatus.CLOSED, "li.si", AS_OF.minusDays(40).atTime(10, 0));
        assertVerdict(Verdict.PASS, judge());
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule).with(OneWindow.PERIOD_DAYS, "30")));
    }

    @Test
    public void itIsAWorkflowRuleWithoutAnAcceptanceHook() {
        assertEquals(RuleKind.WORKFLOW, rule.kind());
        assertTrue("acceptance has no hook point: the rule offers none", rule.hooks().isEmpty());
    }
}
