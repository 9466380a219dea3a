package org.linli.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background threads of a bundle's own, named for what they do, that never keep Karaf from stopping. */
public final class Daemons {
    private Daemons() {
    }

    /** A pool of {@code threads} daemon threads, each named {@code name}. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
