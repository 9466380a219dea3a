package org.linli.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.linli.security.Caller;
import org.linli.security.Sessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The console's sessions in this node's memory: a restart signs everyone out. Sessions are kept
 * by a hash of their id, so that what is held here does not open them.
 */
@Component(service = Sessions.class, configurationPid = "org.linli.sessions")
@Designate(ocd = MemorySessions.Config.class)
public class MemorySessions implements Sessions {
    @ObjectClassDefinition(name = "Linli console sessions")
    public @interface Config {
        @AttributeDefinition(description = "Minutes a session may go unused before it ends", min = "1", max = "1440")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Hours a session lasts at most, however busy", min = "1", max = "168")
        int lifetimeHours() default 12;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private static final class Held {
        final Session session;
        final Instant opened;
        volatile Instant used;

        Held(Session session, Instant opened) {
            this.session = session;
            this.opened = opened;
            this.used = opened;
        }
    }

    @Activate
    public MemorySessions(@Reference(name = "clock") Clock clock, Config config) {
        this.clock = clock;
        this.idle = Duration.ofMinutes(Math.max(1, config.idleMinutes()));
        this.lifetime = Duration.ofHours(Math.max(1, config.lifetimeHours()));
    }

    @Override
    public Session open(Caller caller) {
        Instant now = clock.instant();
        // Ended sessions go when another opens, so that the map holds only what may still be used.
        held.values().removeIf(entry -> ended(entry, now));
        Session session = new Session(random(), random(), caller, idle);
        held.put(hash(session.id()), new Held(session, now));
        return session;
    }

    @Override
    public Optional<Session> resume(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String key = hash(id);
        Held entry = held.get(key);
        Instant now = clock.instant();
        if (entry == null) {
            return Optional.empty();
        }
        if (ended(entry, now)) {
            held.remove(key);
            return Optional.empty();
        }
        entry.used = now;
        return Optional.of(entry.session);
    }

    @Override
    public void close(String id) {
        if (id != null) {
            held.remove(hash(id));
        }
    }

    private boolean ended(Held entry, Instant now) {
        return now.isAfter(entry.used.plus(idle)) || now.isAfter(entry.opened.plus(lifetime));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
