package org.linli.apitokens.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class RememberedTokensTest {
    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final RememberedTokens<String> tokens = new RememberedTokens<>(() -> now);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> find(String digest, Instant expires) {
        return tokens.find(digest, d -> {
            reads.incrementAndGet();
            return Optional.of(new RememberedTokens.Found<>("caller of " + d, 7, expires));
        });
    }

    @Test
    public void aValidTokenIsReadAgainOnlyAfterItIsKept() {
        assertEquals(Optional.of("caller of a"), find("a", null));
        now = now.plus(RememberedTokens.KEPT).minusMillis(1);
        assertEquals(Optional.of("caller of a"), find("a", null));
        assertEquals(1, reads.get());
        now = now.plusMillis(1);
        find("a", null);
        assertEquals(2, reads.get());
    }

    @Test
    public void neverPastItsExpiry() {
        Instant expires = now.plusSeconds(3);
        find("a", expires);
        now = expires.minusMillis(1);
        find("a", expires);
        assertEquals(1, reads.get());
        now = expires;
        assertEquals(Optional.empty(), tokens.find("a", d -> {
            reads.incrementAndGet();
            return Optional.empty();
        }));
        assertEquals(2, reads.get());
    }

    @Test
    public void aRevocationForgetsTheTokenAtOnce() {
        find("a", null);
        tokens.revoked(7);
        assertEquals(Optional.empty(), tokens.find("a", d -> Optional.empty()));
        assertEquals(0, tokens.size());
    }

    @Test
    public void aTokenReadWhileARevocationCommitsIsNotRemembered() {
        // The read sees the row still valid; the revocation ends before the read does.
        assertEquals(Optional.of("stale"), tokens.find("a", d -> {
            tokens.revoked(7);
            return Optional.of(new RememberedTokens.Found<>("stale", 7, null));
        }));
        assertEquals(0, tokens.size());
        find("a", null);
        assertEquals("read again, not taken from memory", 1, reads.get());
    }

    @Test
    public void tokensNotFoundAreNotRememberedAndTheMapIsBounded() {
        for (int i = 0; i < 100; i++) {
            tokens.find("unknown " + i, d -> Optional.empty());
        }
        assertEquals(0, tokens.size());
        for (int i = 0; i < RememberedTokens.MOST + 5; i++) {
            find("t" + i, null);
        }
        assertTrue(tokens.size() <= RememberedTokens.MOST);
    }
}
