package org.linli.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.linli.security.Caller;
import org.linli.security.Role;
import org.linli.security.Sessions;

public class MemorySessionsTest {
    private final MovingClock clock = new MovingClock();
    private final MemorySessions sessions = new MemorySessions(clock, config(30, 12));
    private final Caller staff = new Caller("staff", Set.of(Role.COMMUNITY_STAFF), Set.of("110101001001"), "127.0.0.1");

    @Test
    public void aSessionIsNamedByAnUnguessableIdAndCarriesItsCaller() {
        Sessions.Session one = sessions.open(staff);
        Sessions.Session two = sessions.open(staff);
        assertEquals(43, one.id().length());
        assertNotEquals(one.id(), two.id());
        assertNotEquals(one.id(), one.csrf());
        assertEquals(staff, sessions.resume(one.id()).orElseThrow().caller());
        assertEquals(Optional.empty(), sessions.resume(one.id().substring(1) + "A"));
        assertEquals(Optional.empty(), sessions.resume(""));
        assertEquals(Optional.empty(), sessions.resume(null));
    }

    @Test
    public void usingASessionKeepsItOpenAndIdlenessEndsIt() {
        Sessions.Session session = sessions.open(staff);
        clock.pass(Duration.ofMinutes(29));
        assertTrue(sessions.resume(session.id()).isPresent());
        clock.pass(Duration.ofMinutes(29));
        assertTrue("used 29 minutes ago", sessions.resume(session.id()).isPresent());
        clock.pass(Duration.ofMinutes(31));
        assertEquals(Optional.empty(), sessions.resume(session.id()));
        clock.pass(Duration.ofMinutes(-31));
        assertEquals("an ended session stays ended", Optional.empty(), sessions.resume(session.id()));
    }

    @Test
    public void aBusySessionEndsAtTheEndOfItsLifetime() {
        Sessions.Session session = sessions.open(staff);
        for (int i = 0; i < 12 * 4; i++) {
            clock.pass(Duration.ofMinutes(15));
            assertTrue(sessions.resume(session.id()).isPresent());
        }
        clock.pass(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), sessions.resume(session.id()));
    }

    @Test
    public void signingOutEndsTheSessionAtOnce() {
        Sessions.Session session = sessions.open(staff);
        sessions.close(session.id());
        assertEquals(Optional.empty(), sessions.resume(session.id()));
        sessions.close(null);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static MemorySessions.Config config(int idleMinutes, int lifetimeHours) {
        return new MemorySessions.Config() {
            @Override
            public int idleMinutes() {
                return idleMinutes;
            }

            @Override
            public int lifetimeHours() {
                return lifetimeHours;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return MemorySessions.Config.class;
            }
        };
    }
}
