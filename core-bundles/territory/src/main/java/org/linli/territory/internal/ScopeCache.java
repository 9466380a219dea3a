package org.linli.territory.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The paths of the nodes that a set of jurisdiction codes names, kept until the territory changes:
 * every scoped read needs them, and only a territory write changes them. A write marks them stale
 * at once, and nothing is kept until its transaction ends: a read meanwhile may see the paths from
 * before the commit, or, in the writer's own transaction, paths no one else sees yet.
 */
@Component(service = ScopeCache.class)
public class ScopeCache {
    /** Distinct jurisdictions remembered; beyond it the cache starts afresh rather than grow. */
    private static final int MOST = 10_000;

    private record Entry(long version, List<String> paths) {
    }

    private final AtomicLong version = new AtomicLong();
    /** Territory writes whose transactions have not ended. */
    private final AtomicInteger writing = new AtomicInteger();
    private final Map<Set<String>, Entry> entries = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    @Activate
    public ScopeCache(@Reference TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The paths of {@code codes}, read by {@code read} when none are kept from the territory as it is. */
    List<String> paths(Set<String> codes, Supplier<List<String>> read) {
        if (writing.get() > 0) {
            return read.get();
        }
        long now = version.get();
        Entry kept = entries.get(codes);
        if (kept != null && kept.version() == now) {
            return kept.paths();
        }
        List<String> paths = List.copyOf(read.get());
        if (entries.size() >= MOST) {
            entries.clear();
        }
        entries.put(codes, new Entry(now, paths));
        return paths;
    }

    /**
     * Called by a territory write in a transaction of its own, outside JTA (a bulk import):
     * nothing is kept until the answer is run, when that transaction has ended.
     */
    Runnable changedOutside() {
        version.incrementAndGet();
        writing.incrementAndGet();
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                version.incrementAndGet();
                writing.decrementAndGet();
            }
        };
    }

    /** Called by every territory write, inside its transaction. */
    void changed() {
        version.incrementAndGet();
        if (transactions.getTransactionKey() != null) {
            writing.incrementAndGet();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                    writing.decrementAndGet();
                }
            });
        }
    }
}
