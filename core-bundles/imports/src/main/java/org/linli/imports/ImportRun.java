package org.linli.imports;

import java.time.Instant;
import java.util.List;

/**
 * One import, while it runs and after: what it loads, how far it has got, and what it found.
 * An import that found errors stored nothing; one that is {@link State#COMMITTED} stored every row.
 *
 * @param id        the id the uploader chose; the same file sent again under it changes nothing
 * @param kind      the kind of record ({@code residents}, {@code households}, {@code territory/nodes})
 * @param format    the file's format
 * @param state     where it is
 * @param phase     what it is doing while {@link State#RUNNING}: {@code reading}, {@code checking}, {@code storing}
 * @param rowsRead  the rows read so far
 * @param rowsStored the rows stored, once committed
 * @param errorCount every error found
 * @param errors    the first errors found, in the order of the file
 * @param sha256    the file's SHA-256, hex
 * @param startedBy who uploaded it
 * @param startedAt when the upload began
 * @param finishedAt when it ended, or {@code null}
 */
public record ImportRun(String id, String kind, ImportFormat format, State state, String phase, long rowsRead,
                        long rowsStored, long errorCount, List<RowError> errors, String sha256, String startedBy,
                        Instant startedAt, Instant finishedAt) {

    /** The most errors a run keeps to report; the count goes on. */
    public static final int MAX_ERRORS = 1000;

    public enum State {
        /** Reading, checking or storing. */
        RUNNING,
        /** Every row stored. */
        COMMITTED,
        /** Refused: errors found, or the file could not be read; nothing stored. */
        FAILED
    }

    public ImportRun {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
