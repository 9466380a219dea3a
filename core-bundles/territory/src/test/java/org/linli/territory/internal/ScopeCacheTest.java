package org.linli.territory.internal;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;
import org.junit.Test;

public class ScopeCacheTest {
    private final Transactions transactions = new Transactions();
    private final ScopeCache cache = new ScopeCache(transactions);
    private final AtomicInteger reads = new AtomicInteger();
    private final Set<String> codes = Set.of("110101001");

    private List<String> paths() {
        return cache.paths(codes, () -> List.of("/1/2/3/" + reads.incrementAndGet() + "/"));
    }

    @Test
    public void aJurisdictionIsReadOnceWhileTheTerritoryStands() {
        assertEquals(List.of("/1/2/3/1/"), paths());
        assertEquals(List.of("/1/2/3/1/"), paths());
        assertEquals(1, reads.get());
        // Another jurisdiction is another entry.
        assertEquals(List.of("/9/"), cache.paths(Set.of("110101001", "110101002"), () -> List.of("/9/")));
        assertEquals(List.of("/1/2/3/1/"), paths());
    }

    @Test
    public void aWriteReadsAfreshUntilItsTransactionEndsAndThenKeepsAgain() {
        paths();
        transactions.open = true;
        cache.changed();
        // Inside the write's transaction, or beside it, nothing is kept: every read reads.
        assertEquals(List.of("/1/2/3/2/"), paths());
        assertEquals(List.of("/1/2/3/3/"), paths());
        transactions.end(Status.STATUS_COMMITTED);
        assertEquals(List.of("/1/2/3/4/"), paths());
        assertEquals(List.of("/1/2/3/4/"), paths());
        assertEquals(4, reads.get());
    }

    @Test
    public void aWriteOutsideATransactionMakesTheNextReadReadAfresh() {
        paths();
        cache.changed();
        assertEquals(List.of("/1/2/3/2/"), paths());
        assertEquals(List.of("/1/2/3/2/"), paths());
    }

    @Test
    public void aBulkImportKeepsNothingUntilItsOwnTransactionEnds() {
        paths();
        Runnable ended = cache.changedOutside();
        assertEquals(List.of("/1/2/3/2/"), paths());
        assertEquals(List.of("/1/2/3/3/"), paths());
        ended.run();
        // Told twice, as a failing import's clean-up might, it still ends once.
        ended.run();
        assertEquals(List.of("/1/2/3/4/"), paths());
        assertEquals(List.of("/1/2/3/4/"), paths());
        assertEquals(4, reads.get());
    }

    /** The part of JTA the cache uses: whether a transaction is open, and its end. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        boolean open;
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int status) {
            open = false;
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
            synchronizations.clear();
        }

        @Override
        public Object getTransactionKey() {
            return open ? this : null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return open ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
