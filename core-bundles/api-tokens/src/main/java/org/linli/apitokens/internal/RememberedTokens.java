package org.linli.apitokens.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tokens found valid, remembered by their digest for a few seconds so that an integrator's
 * requests do not each read the token table: that read cost five times the rest of the door's
 * work on a constant answer (docs/benchmarks.md). A revocation on this node forgets its token at
 * once; on another node sharing the database it takes effect within {@link #KEPT}. A token is
 * never remembered past its expiry, and one being read while a revocation commits is not
 * remembered at all.
 *
 * @param <T> what a valid token's row becomes
 */
final class RememberedTokens<T> {
    /** How long a valid token is believed without reading it again. */
    static final Duration KEPT = Duration.ofSeconds(10);
    /** Past this many, all are forgotten: random valid-looking tokens cannot grow the map, only valid ones enter it. */
    static final int MOST = 10_000;

    private record Remembered<T>(T token, long id, Instant until) {
    }

    /** A token's row as read: what it becomes, its id, and its expiry (null: none). */
    record Found<T>(T token, long id, Instant expires) {
    }

    private final Map<String, Remembered<T>> byDigest = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;
    /** Counts revocations: a read that saw another count than at its end may be stale. */
    private volatile long revocations;

    RememberedTokens(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** The token with this digest, remembered or else read by {@code read} (empty: none valid). */
    Optional<T> find(String digest, Function<String, Optional<Found<T>>> read) {
        Instant now = clock.get();
        Remembered<T> remembered = byDigest.get(digest);
        if (remembered != null && now.isBefore(remembered.until())) {
            return Optional.of(remembered.token());
        }
        long before = revocations;
        Optional<Found<T>> found = read.apply(digest);
        if (found.isEmpty()) {
            byDigest.remove(digest);
            return Optional.empty();
        }
        Found<T> token = found.get();
        Instant until = now.plus(KEPT);
        if (token.expires() != null && token.expires().isBefore(until)) {
            until = token.expires();
        }
        synchronized (this) {
            if (before == revocations) {
                if (byDigest.size() >= MOST) {
                    byDigest.clear();
                }
                byDigest.put(digest, new Remembered<>(token.token(), token.id(), until));
            }
        }
        return Optional.of(token.token());
    }

    /** Forgets the token with this id; called before and after its revocation commits. */
    synchronized void revoked(long id) {
        revocations++;
        byDigest.values().removeIf(remembered -> remembered.id() == id);
    }

    int size() {
        return byDigest.size();
    }
}
