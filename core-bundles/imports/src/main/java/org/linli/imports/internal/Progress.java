package org.linli.imports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.linli.imports.ImportFormat;
import org.linli.imports.ImportRun;
import org.linli.imports.RowError;

/** An import as it runs: written by the importing thread, read by anyone asking how far it has got. */
final class Progress {
    final String id;
    final String kind;
    final ImportFormat format;
    final String user;
    final Instant startedAt;
    private volatile String phase = "reading";
    /** How long each phase took, in the order they came: for the log. */
    private final StringBuilder timings = new StringBuilder();
    private long phaseStarted = System.nanoTime();
    private volatile long rowsRead;
    private volatile long errorCount;
    private final List<RowError> errors = new ArrayList<>();

    Progress(String id, String kind, ImportFormat format, String user, Instant startedAt) {
        this.id = id;
        this.kind = kind;
        this.format = format;
        this.user = user;
        this.startedAt = startedAt;
    }

    void read() {
        rowsRead++;
    }

    void phase(String next) {
        long now = System.nanoTime();
        timings.append(timings.length() == 0 ? "" : ", ").append(phase).append(' ')
                .append(String.format(Locale.ROOT, "%.2f s", (now - phaseStarted) / 1e9));
        phaseStarted = now;
        phase = next;
    }

    /** The phases so far with their times, {@code reading 1.20 s, checking 0.31 s}. */
    String timings() {
        return timings.toString();
    }

    synchronized void error(RowError error) {
        errorCount++;
        if (errors.size() < ImportRun.MAX_ERRORS) {
            errors.add(error);
        }
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    synchronized List<RowError> errors() {
        return List.copyOf(errors);
    }

    ImportRun running() {
        return new ImportRun(id, kind, format, ImportRun.State.RUNNING, phase, rowsRead, 0, errorCount, errors(), null, user,
                startedAt, null);
    }

    ImportRun failed(String sha256, Instant finishedAt) {
        return new ImportRun(id, kind, format, ImportRun.State.FAILED, null, rowsRead, 0, errorCount, errors(), sha256, user,
                startedAt, finishedAt);
    }

    ImportRun committed(long rowsStored, String sha256, Instant finishedAt) {
        return new ImportRun(id, kind, format, ImportRun.State.COMMITTED, null, rowsRead, rowsStored, 0, List.of(), sha256, user,
                startedAt, finishedAt);
    }
}
