package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.ofKind;
import static org.linli.policy.dongying.Fixtures.only;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.policy.testkit.TestWrites;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.security.Role;
import org.linli.services.Channel;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;

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

    private Service service(String code, String... roles) {
        Service s = new Service();
        s.setId(Fixtures.id());
        s.setCode(code);
        s.setNameZh(code);
        s.setActive(true);
        s.setAcceptingRoles(List.of(roles));
        facts.services.add(s);
        return s;
    }

    @Test
    public void aServiceRestrictedToSomeRolesIsReportedAsAcceptedAtAnyCounter() {
        Service restricted = service("disability-subsidy", "linli-community-staff");
        service("residence-certificate");
        request(RequestStatus.ACCEPTED, "wang.wu", AS_OF.atTime(9, 0));
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals("one report on the restricted service and one verdict on the request: " + outcomes, 2, outcomes.size());
        Outcome report = ofKind(outcomes, SubjectKind.SERVICE, restricted.getId());
        assertVerdict(Verdict.REPORTED, report);
        assertEquals("linli-community-staff", report.facts().get("acceptingRoles"));
        assertEquals("REQUEST_WRITE", report.facts().get("acceptedBy"));
        assertVerdict(Verdict.PASS, outcomes.stream().filter(o -> o.subject().kind() == SubjectKind.REQUEST).findFirst().orElseThrow());
    }

    @Test
    public void aCatalogueWithoutRestrictionsReportsNothingAndRequestsAreStillJudged() {
        service("residence-certificate");
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
        request(RequestStatus.IN_PROGRESS, null, AS_OF.atTime(9, 0));
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void aRestrictedServiceWithoutRequestsStillLeavesTheCommunityWithoutRequests() {
        Service restricted = service("disability-subsidy", "linli-community-staff", "linli-admin");
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals(2, outcomes.size());
        assertEquals("linli-community-staff, linli-admin", ofKind(outcomes, SubjectKind.SERVICE, restricted.getId()).facts().get("acceptingRoles"));
        assertVerdict(Verdict.NOT_APPLICABLE, ofKind(outcomes, SubjectKind.COMMUNITY, 1L));
    }

    @Test
    public void itIsAWorkflowRuleWithAnAcceptanceHookOnRequests() {
        assertEquals(RuleKind.WORKFLOW, rule.kind());
        assertEquals(Request.class, hook().recordClass());
    }

    @SuppressWarnings("unchecked")
    private RecordHook<Request> hook() {
        assertEquals(1, rule.hooks().size());
        return (RecordHook<Request>) rule.hooks().get(0);
    }

    /** Whether the hook lifts {@code restriction} from {@code action} on a received request, asked for {@code caller}. */
    private boolean lifts(Caller caller, String action, String restriction) {
        Request received = request(RequestStatus.RECEIVED, null, AS_OF.atTime(9, 0));
        TestWrites.Write<Request> step = TestWrites.step("request", received, action);
        return CallerContext.callAs(caller, () -> hook().lifts(step.write(), restriction, facts, new TestParameters(rule)));
    }

    private static Caller caller(Role role) {
        return new Caller("zhao.liu", Set.of(role), Set.of(Caller.EVERYWHERE), "test");
    }

    @Test
    public void anyCounterRoleMayAcceptARestrictedService() {
        // The grid worker's counter holds REQUEST_WRITE, though the catalogue names only community staff.
        assertTrue(lifts(caller(Role.GRID_WORKER), "ACCEPT", ServiceDesk.ACCEPTING_ROLES));
        assertTrue(lifts(caller(Role.INTEGRATOR), "ACCEPT", ServiceDesk.ACCEPTING_ROLES));
    }

    @Test
    public void aCallerWithoutTheCounterPermissionIsNotLifted() {
        assertFalse(lifts(caller(Role.AUDITOR), "ACCEPT", ServiceDesk.ACCEPTING_ROLES));
        assertFalse(lifts(caller(Role.STREET_OFFICER), "ACCEPT", ServiceDesk.ACCEPTING_ROLES));
        // An integrator's token narrowed to reading requests is no counter.
        Caller readOnly = new Caller("feed", Set.of(Role.INTEGRATOR), Set.of("110101"), "test", EnumSet.of(Permission.REQUEST_READ));
        assertFalse(lifts(readOnly, "ACCEPT", ServiceDesk.ACCEPTING_ROLES));
    }

    @Test
    public void onlyTheAcceptingRolesAtAcceptanceAreLifted() {
        assertFalse(lifts(caller(Role.GRID_WORKER), "START", ServiceDesk.ACCEPTING_ROLES));
        assertFalse(lifts(caller(Role.GRID_WORKER), "ACCEPT", "owner"));
        Request received = request(RequestStatus.RECEIVED, null, AS_OF.atTime(9, 0));
        TestWrites.Write<Request> update = TestWrites.write("request", received, received);
        assertFalse(CallerContext.callAs(caller(Role.GRID_WORKER),
                () -> hook().lifts(update.write(), ServiceDesk.ACCEPTING_ROLES, facts, new TestParameters(rule))));
    }

    @Test
    public void theHookNeitherCompletesNorRefusesWrites() {
        Request received = request(RequestStatus.RECEIVED, null, AS_OF.atTime(9, 0));
        TestWrites.Write<Request> write = TestWrites.write("request", received, null);
        hook().complete(write.write(), facts, new TestParameters(rule));
        hook().review(write.write(), facts, new TestParameters(rule));
        assertEquals(List.of(), write.refusals());
        assertEquals(RequestStatus.RECEIVED, received.getStatus());
    }
}
