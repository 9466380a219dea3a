package org.linli.services.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.linli.common.ConflictException;
import org.linli.common.ForbiddenException;
import org.linli.records.RecordGuard;
import org.linli.records.RecordWrite;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Role;
import org.linli.services.Channel;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;
import org.linli.services.StepAction;

/**
 * The hook point at acceptance: before the desk refuses the step ACCEPT to a caller outside a
 * catalogued service's accepting roles, it asks the record guards, in the step's transaction,
 * whether they lift {@link ServiceDesk#ACCEPTING_ROLES} (DY-08, 一窗受理). Runs on H2, and on
 * PostgreSQL as well when {@code LINLI_TEST_PG_URL} names one ({@code ./linli test}).
 */
@RunWith(Parameterized.class)
public class AcceptanceGuardTest {
    private static final Map<String, DeskDatabase> OPEN = new HashMap<>();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Caller ADMIN = caller("admin", Role.ADMIN);
    private static final Caller STAFF = caller("staff", Role.COMMUNITY_STAFF);
    private static final Caller GRID = caller("grid", Role.GRID_WORKER);

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        List<Object[]> databases = new ArrayList<>();
        databases.add(new Object[] {"h2"});
        String url = System.getProperty("linli.test.pg.url");
        if (url != null && !url.isBlank() && !url.startsWith("${")) {
            databases.add(new Object[] {"postgresql"});
        }
        return databases;
    }

    private final DeskDatabase db;

    public AcceptanceGuardTest(String vendor) throws SQLException {
        synchronized (OPEN) {
            DeskDatabase open = OPEN.get(vendor);
            if (open == null) {
                open = vendor.equals("h2") ? DeskDatabase.h2() : DeskDatabase.postgresql(System.getProperty("linli.test.pg.url"));
                OPEN.put(vendor, open);
            }
            db = open;
        }
    }

    @After
    public void noGuardsLeft() {
        db.guards.clear();
    }

    @AfterClass
    public static void closeDatabases() {
        OPEN.values().forEach(DeskDatabase::close);
        OPEN.clear();
    }

    private static Caller caller(String user, Role role) {
        return new Caller(user, java.util.Set.of(role), java.util.Set.of(Caller.EVERYWHERE), "test");
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return CallerContext.callAs(caller, work);
    }

    /** A catalogued service accepted only by {@code roles} (by any counter when none). */
    private String service(Role... roles) {
        Service service = new Service();
        service.setCode("service-" + SERIAL.incrementAndGet());
        service.setNameZh("测试服务");
        service.setNameEn("Test service");
        service.setCategory("civil-affairs");
        service.setTimeLimit(3);
        service.setTimeUnit(LimitUnit.WORKING_DAYS);
        service.setActive(true);
        for (Role role : roles) {
            service.getAcceptingRoles().add(role.jaasName());
        }
        return as(ADMIN, () -> db.desk.services().create(service)).getCode();
    }

    /** A request received at the community's counter, for {@code serviceCode} or a problem without one. */
    private long request(String serviceCode) {
        Request request = new Request();
        request.setServiceCode(serviceCode);
        request.setDescription("居民到窗口办事");
        request.setNodeId(DeskDatabase.COMMUNITY);
        request.setChannel(Channel.COUNTER);
        return as(ADMIN, () -> db.desk.requests().create(request)).getId();
    }

    private Request step(Caller caller, long requestId, StepAction action) {
        RequestStep step = new RequestStep();
        step.setAction(action);
        return as(caller, () -> db.desk.step(requestId, step));
    }

    private Request stored(long requestId) {
        return as(ADMIN, () -> db.desk.requests().get(requestId));
    }

    private List<StepAction> history(long requestId) {
        return as(ADMIN, () -> db.desk.history(requestId)).stream().map(RequestStep::getAction).toList();
    }

    private void assertRefused(Caller caller, long requestId) {
        try {
            step(caller, requestId, StepAction.ACCEPT);
            fail("the catalogue's accepting roles must refuse " + caller.user());
        } catch (ForbiddenException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("linli-community-staff"));
        }
        Request unchanged = stored(requestId);
        assertEquals(RequestStatus.RECEIVED, unchanged.getStatus());
        assertNull(unchanged.getOwner());
        assertEquals(List.of(StepAction.RECEIVE), history(requestId));
    }

    /** What a guard was asked about one step, read while it was asked. */
    private record Question(String type, String action, String restriction, Long nodeId, Long requestId,
                            RequestStatus status, String user, boolean foundInTransaction) {
    }

    /** A guard that answers every question about {@code restriction} with {@code lifts}, and keeps the questions. */
    private static final class Answering implements RecordGuard {
        final List<Question> asked = new ArrayList<>();
        private final String restriction;
        private final boolean lifts;

        Answering(String restriction, boolean lifts) {
            this.restriction = restriction;
            this.lifts = lifts;
        }

        @Override
        public void review(RecordWrite<?> write) {
        }

        @Override
        public boolean lifts(RecordWrite<?> write, String restriction) {
            Request request = (Request) write.record();
            asked.add(new Question(write.type(), write.action().orElse(null), restriction, write.nodeId(), request.getId(),
                    request.getStatus(), write.user(), write.find(Request.class, request.getId()).isPresent()));
            return lifts && this.restriction.equals(restriction);
        }
    }

    private List<StepAction> next(Caller caller, long requestId) {
        return as(caller, () -> db.desk.nextSteps(requestId));
    }

    /** A step with the note NOTIFY and REJECT need. */
    private Request noted(Caller caller, long requestId, StepAction action) {
        RequestStep step = new RequestStep();
        step.setAction(action);
        step.setNote("电话告知");
        return as(caller, () -> db.desk.step(requestId, step));
    }

    @Test
    public void theNextStepsAreTheOnesTheWorkflowTakesFromTheCaller() {
        Caller auditor = caller("auditor", Role.AUDITOR);
        long id = request(service(Role.COMMUNITY_STAFF));
        assertEquals(List.of(StepAction.ACCEPT, StepAction.REJECT), next(STAFF, id));
        // The grid worker is outside the service's accepting roles, but may refuse it with a reason; an auditor only reads.
        assertEquals(List.of(StepAction.REJECT), next(GRID, id));
        assertEquals(List.of(), next(auditor, id));

        step(STAFF, id, StepAction.ACCEPT);
        assertEquals(List.of(StepAction.START, StepAction.COMPLETE, StepAction.REJECT), next(STAFF, id));
        // First responsibility: only the owner takes the request on.
        assertEquals(List.of(), next(GRID, id));
        for (StepAction refused : List.of(StepAction.START, StepAction.COMPLETE, StepAction.ACCEPT)) {
            try {
                noted(GRID, id, refused);
                fail(refused + " is not offered to the grid worker, and not taken from them");
            } catch (ConflictException expected) {
                assertEquals(RequestStatus.ACCEPTED, stored(id).getStatus());
            }
        }

        step(STAFF, id, StepAction.COMPLETE);
        assertEquals(List.of(StepAction.NOTIFY), next(STAFF, id));
        assertEquals(List.of(StepAction.NOTIFY), next(GRID, id));
        noted(GRID, id, StepAction.NOTIFY);
        assertEquals(List.of(StepAction.CLOSE), next(STAFF, id));
        step(STAFF, id, StepAction.CLOSE);
        assertEquals(List.of(), next(STAFF, id));
        assertEquals(List.of(), next(ADMIN, id));
    }

    @Test
    public void aGuardThatLiftsTheRestrictionOffersTheAcceptance() {
        db.guards.add(new Answering(ServiceDesk.ACCEPTING_ROLES, true));
        long id = request(service(Role.COMMUNITY_STAFF));
        assertEquals(List.of(StepAction.ACCEPT, StepAction.REJECT), next(GRID, id));
        assertEquals(RequestStatus.RECEIVED, stored(id).getStatus());
    }

    @Test
    public void withoutAGuardTheCatalogueRestrictionStands() {
        long id = request(service(Role.COMMUNITY_STAFF));
        assertRefused(GRID, id);
        Request accepted = step(STAFF, id, StepAction.ACCEPT);
        assertEquals(RequestStatus.ACCEPTED, accepted.getStatus());
        assertEquals("staff", accepted.getOwner());
    }

    @Test
    public void aGuardThatLiftsTheRestrictionLetsAnotherCounterAccept() {
        Answering guard = new Answering(ServiceDesk.ACCEPTING_ROLES, true);
        db.guards.add(guard);
        long id = request(service(Role.COMMUNITY_STAFF));

        Request accepted = step(GRID, id, StepAction.ACCEPT);
        assertEquals(RequestStatus.ACCEPTED, accepted.getStatus());
        assertEquals("grid", accepted.getOwner());
        assertEquals(List.of(StepAction.RECEIVE, StepAction.ACCEPT), history(id));
        // Asked once, about this step, before it changed anything, inside its transaction.
        assertEquals(List.of(new Question("request", "ACCEPT", ServiceDesk.ACCEPTING_ROLES, DeskDatabase.COMMUNITY, id,
                RequestStatus.RECEIVED, "grid", true)), guard.asked);
        // First responsibility is untouched: the grid worker who accepted owns the later steps.
        try {
            step(STAFF, id, StepAction.START);
            fail("only the owner starts the request");
        } catch (ConflictException e) {
            assertEquals("not_owner", e.getErrors().get(0).code());
        }
        assertEquals(RequestStatus.IN_PROGRESS, step(GRID, id, StepAction.START).getStatus());
    }

    @Test
    public void aGuardThatDoesNotLiftItLeavesTheRefusal() {
        Answering guard = new Answering(ServiceDesk.ACCEPTING_ROLES, false);
        Answering other = new Answering("somethingElse", true);
        db.guards.add(guard);
        db.guards.add(other);
        long id = request(service(Role.COMMUNITY_STAFF));
        assertRefused(GRID, id);
        assertEquals(1, guard.asked.size());
        assertEquals("every guard is asked until one lifts it", 1, other.asked.size());
    }

    @Test
    public void theGuardsAreAskedOnlyWhereTheRestrictionWouldRefuse() {
        Answering guard = new Answering(ServiceDesk.ACCEPTING_ROLES, false);
        db.guards.add(guard);
        assertEquals("staff", step(STAFF, request(service(Role.COMMUNITY_STAFF)), StepAction.ACCEPT).getOwner());
        assertEquals("grid", step(GRID, request(service()), StepAction.ACCEPT).getOwner());
        assertEquals("grid", step(GRID, request(null), StepAction.ACCEPT).getOwner());
        assertEquals(List.of(), guard.asked);
    }

    @Test
    public void aLiftedRestrictionLeavesTheOrderOfStepsAlone() {
        Answering guard = new Answering(ServiceDesk.ACCEPTING_ROLES, true);
        db.guards.add(guard);
        long id = request(service(Role.COMMUNITY_STAFF));
        step(GRID, id, StepAction.ACCEPT);
        try {
            step(GRID, id, StepAction.ACCEPT);
            fail("a request is accepted once");
        } catch (ConflictException e) {
            assertEquals("transition", e.getErrors().get(0).code());
        }
        assertEquals(1, guard.asked.size());
        assertEquals(List.of(StepAction.RECEIVE, StepAction.ACCEPT), history(id));
    }
}
