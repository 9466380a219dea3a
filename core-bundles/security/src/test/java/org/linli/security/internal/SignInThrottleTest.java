package org.linli.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;
import org.linli.security.SignInLocks.Lock;

/** Failures lock an account or an address for a while; a success, time or an administrator ends it. */
public class SignInThrottleTest {
    private Instant now = Instant.parse("2026-12-06T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    public void theThirdFailureLocksTheAccountForTenMinutes() {
        assertFalse(throttle.failed("anna", "10.0.0.1"));
        assertFalse(throttle.failed("anna", "10.0.0.2"));
        assertFalse(throttle.locked("anna", "10.0.0.3"));
        assertTrue("the failure that locks says so", throttle.failed("anna", "10.0.0.3"));
        assertTrue(throttle.locked("anna", "10.0.0.9"));
        assertFalse("other accounts are not locked", throttle.locked("bob", "10.0.0.9"));
        assertEquals(List.of(new Lock("user", "anna", now.plus(Duration.ofMinutes(10)))), throttle.locks());
        now = now.plus(Duration.ofMinutes(10));
        assertFalse("the lock runs out", throttle.locked("anna", "10.0.0.9"));
        assertFalse("and counting starts again", throttle.failed("anna", "10.0.0.1"));
    }

    @Test
    public void failuresOutsideTheWindowAndBeforeASuccessDoNotCount() {
        throttle.failed("anna", null);
        throttle.failed("anna", null);
        now = now.plus(Duration.ofMinutes(16));
        assertFalse(throttle.failed("anna", null));
        assertFalse(throttle.failed("anna", null));
        throttle.succeeded("anna");
        assertFalse(throttle.failed("anna", null));
        assertFalse(throttle.failed("anna", null));
        assertTrue(throttle.failed("anna", null));
    }

    @Test
    public void anAddressTryingManyAccountsIsLocked() {
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.failed("user" + i, "10.0.0.66"));
        }
        assertTrue(throttle.failed("user4", "10.0.0.66"));
        assertTrue("every account, from that address", throttle.locked("someone", "10.0.0.66"));
        assertFalse(throttle.locked("someone", "10.0.0.67"));
        assertEquals("address", throttle.locks().get(0).kind());
    }

    @Test
    public void anAdministratorLiftsALockInForceAndNothingElse() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("anna", null);
        }
        assertFalse(throttle.lift("user", "bob"));
        assertFalse(throttle.lift("address", "anna"));
        assertTrue(throttle.lift("user", "anna"));
        assertFalse(throttle.locked("anna", null));
        assertEquals(List.of(), throttle.locks());
        assertFalse("a lifted lock is gone", throttle.lift("user", "anna"));
    }
}
