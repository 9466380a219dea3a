package org.linli.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.linli.security.SignInLocks.Lock;

/**
 * Counts failed sign-ins per account and per address and locks either once it has failed
 * {@code max} times within the window: a locked account or address is refused without its
 * password being tried, until the lock runs out or an administrator lifts it. A success forgets
 * the account's failures. Addresses get a higher limit, since many users may share one.
 */
final class SignInThrottle {
    static final String USER = "user";
    static final String ADDRESS = "address";
    /** More names than this, and the counts whose window and lock have passed are forgotten. */
    private static final int MAX_TALLIES = 10_000;

    private static final class Tally {
        int failures;
        Instant since;
        Instant lockedUntil;
    }

    private final Map<String, Tally> users = new ConcurrentHashMap<>();
    private final Map<String, Tally> addresses = new ConcurrentHashMap<>();
    private final int maxUserFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lock;
    private final Clock clock;

    SignInThrottle(int maxUserFailures, int maxAddressFailures, Duration window, Duration lock, Clock clock) {
        this.maxUserFailures = maxUserFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lock = lock;
        this.clock = clock;
    }

    boolean locked(String user, String address) {
        Instant now = clock.instant();
        return locked(users.get(user), now) || (address != null && locked(addresses.get(address), now));
    }

    /** Counts a failure; whether it locked the account or the address just now. */
    synchronized boolean failed(String user, String address) {
        Instant now = clock.instant();
        boolean locked = count(users, user, maxUserFailures, now);
        return (address != null && count(addresses, address, maxAddressFailures, now)) || locked;
    }

    void succeeded(String user) {
        users.remove(user);
    }

    /** The locks in force, the latest to end first. */
    List<Lock> locks() {
        Instant now = clock.instant();
        List<Lock> locks = new ArrayList<>();
        users.forEach((name, tally) -> add(locks, USER, name, tally, now));
        addresses.forEach((name, tally) -> add(locks, ADDRESS, name, tally, now));
        locks.sort(Comparator.comparing(Lock::until).reversed());
        return locks;
    }

    /** Lifts a lock and forgets the failures behind it; whether there was one. */
    synchronized boolean lift(String kind, String name) {
        Map<String, Tally> tallies = USER.equals(kind) ? users : ADDRESS.equals(kind) ? addresses : Map.of();
        Tally tally = tallies.get(name);
        if (tally == null || !locked(tally, clock.instant())) {
            return false;
        }
        tallies.remove(name);
        return true;
    }

    private boolean count(Map<String, Tally> tallies, String name, int max, Instant now) {
        if (tallies.size() >= MAX_TALLIES) {
            tallies.values().removeIf(t -> !locked(t, now) && t.since.plus(window).isBefore(now));
        }
        Tally tally = tallies.computeIfAbsent(name, n -> new Tally());
        if (locked(tally, now)) {
            return false;
        }
        if (tally.since == null || tally.since.plus(window).isBefore(now)) {
            tally.failures = 0;
            tally.since = now;
        }
        if (++tally.failures < max) {
            return false;
        }
        tally.lockedUntil = now.plus(lock);
        tally.failures = 0;
        tally.since = null;
        return true;
    }

    private static boolean locked(Tally tally, Instant now) {
        return tally != null && tally.lockedUntil != null && tally.lockedUntil.isAfter(now);
    }

    private static void add(List<Lock> locks, String kind, String name, Tally tally, Instant now) {
        if (locked(tally, now)) {
            locks.add(new Lock(kind, name, tally.lockedUntil));
        }
    }
}
