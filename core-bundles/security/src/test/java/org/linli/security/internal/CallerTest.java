package org.linli.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Set;
import org.junit.Test;
import org.linli.common.ForbiddenException;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.security.Role;

public class CallerTest {

    @Test
    public void rolesGrantExactlyTheirPermissions() {
        Caller grid = new Caller("grid", Set.of(Role.GRID_WORKER), Set.of("G1"), null);
        assertTrue(grid.may(Permission.RESIDENT_WRITE));
        assertFalse(grid.may(Permission.RESIDENT_REVEAL));
        assertFalse(grid.may(Permission.TERRITORY_WRITE));
        Caller auditor = new Caller("auditor", Set.of(Role.AUDITOR), Set.of("110101"), null);
        assertTrue(auditor.may(Permission.AUDIT_READ));
        assertFalse(auditor.may(Permission.RESIDENT_READ));
        Caller both = new Caller("both", Set.of(Role.AUDITOR, Role.GRID_WORKER), Set.of(), null);
        assertTrue(both.may(Permission.AUDIT_READ) && both.may(Permission.RESIDENT_READ));
        assertFalse(new Caller("nobody", Set.of(), Set.of(), null).may(Permission.TERRITORY_READ));
        for (Permission permission : Permission.values()) {
            assertTrue(Caller.system("test").may(permission));
        }
    }

    @Test
    public void scopesNarrowWhatTheRolesAllow() {
        Caller token = new Caller("token:x", Set.of(Role.INTEGRATOR), Set.of("110101"), null, Set.of(Permission.RESIDENT_READ));
        assertTrue(token.may(Permission.RESIDENT_READ));
        assertFalse(token.may(Permission.RESIDENT_WRITE));
        Caller wider = new Caller("token:y", Set.of(Role.INTEGRATOR), Set.of("110101"), null, Set.of(Permission.AUDIT_READ));
        assertFalse("a scope grants nothing the role lacks", wider.may(Permission.AUDIT_READ));
        assertEquals("10.1.1.1", token.at("10.1.1.1").address());
        assertEquals(token.scopes(), token.at("10.1.1.1").scopes());
    }

    @Test
    public void requireRefusesWhatTheRoleDoesNotAllow() {
        try {
            new Caller("grid", Set.of(Role.GRID_WORKER), Set.of(), null).require(Permission.RESIDENT_REVEAL);
            fail();
        } catch (ForbiddenException e) {
            assertEquals("forbidden", e.kind());
        }
    }

    @Test
    public void withoutACallerNothingRuns() {
        CallerContext.clear();
        try {
            CallerContext.current();
            fail("no caller must be refused");
        } catch (ForbiddenException expected) {
            // nothing in Linli runs anonymously
        }
        Caller outer = Caller.system("outer");
        String seen = CallerContext.callAs(outer, () -> CallerContext.callAs(Caller.system("inner"),
                () -> CallerContext.current().user()) + "/" + CallerContext.current().user());
        assertEquals("system:inner/system:outer", seen);
        try {
            CallerContext.current();
            fail("the caller must be gone after callAs");
        } catch (ForbiddenException expected) {
            // restored to none
        }
    }

    @Test
    public void jaasRolesMapToLinliRoles() {
        assertEquals(Role.STREET_OFFICER, Role.ofJaasName("linli-street-officer").orElseThrow());
        assertFalse(Role.ofJaasName("admin").isPresent());
    }
}
