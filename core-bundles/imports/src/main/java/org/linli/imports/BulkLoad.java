package org.linli.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** One import as a {@link BulkKind} loads it: its rows, its transaction, where errors go. */
@ProviderType
public interface BulkLoad {

    /** The import's connection, in its transaction; the import commits or rolls back. */
    Connection connection();

    /** Whether the database is PostgreSQL (otherwise H2). */
    boolean postgres();

    /** The file's rows, read as they are asked for; one pass only. */
    Iterable<Row> rows();

    /** Reports what is wrong with one row; nothing is stored once an error is reported. */
    void error(long line, String field, String code, String message);

    boolean hasErrors();

    /**
     * The number {@code sql} selects for the one parameter {@code value}, or {@code null}: a
     * look-up of what is stored, for a record guard asking which territory node governs a row.
     * It reads on a connection of its own, since the import's may be busy copying rows.
     */
    Long lookUp(String sql, String value);

    /** Runs {@code action} once the import's transaction has ended, committed or rolled back. */
    void afterCompletion(Runnable action);

    /** Says what the import is doing, for those watching its progress. */
    void phase(String phase);

    /**
     * A staging table of this transaction: {@code line BIGINT} then {@code columns} (SQL column
     * definitions such as {@code id_number VARCHAR(18)}, and a primary key to look rows up by),
     * filled by {@link Staging#add} through {@code COPY} on PostgreSQL and batched inserts on H2.
     */
    Staging stage(String table, List<String> columns) throws SQLException;

    /** A row of the file: its line and its values in the kind's column order, {@code null} for empty. */
    final class Row {
        private final long line;
        private final String[] values;

        public Row(long line, String[] values) {
            this.line = line;
            this.values = values;
        }

        public long line() {
            return line;
        }

        public String value(int column) {
            return values[column];
        }
    }

    /** Rows going into a staging table. */
    interface Staging {
        /** Adds a row: its line, then one value per column (text, number, date or {@code null}). */
        void add(long line, Object... values) throws SQLException;

        /** Writes what is still buffered; the table is then ready to be read. */
        void finish() throws SQLException;
    }
}
