package org.linli.imports.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.linli.imports.BulkLoad.Staging;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Staging tables of one import: temporary, dropped with its transaction. PostgreSQL fills them
 * with {@code COPY}, which skips a statement per row; H2 with batched inserts.
 */
final class Stagings {
    /** A staging that can be abandoned half-filled, when its import fails. */
    interface Abortable extends Staging {
        /** Ends what is still open of the staging, so that the transaction can roll back. */
        void abort() throws SQLException;
    }

    /** How many rows an H2 batch holds, and how many bytes a COPY chunk. */
    private static final int BATCH = 1000;
    private static final int CHUNK = 1 << 20;

    private Stagings() {
    }

    static Abortable create(Connection connection, boolean postgres, String table, List<String> columns) throws SQLException {
        if (!table.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("a staging table's name is lower-case letters: " + table);
        }
        String definition = "(line BIGINT NOT NULL, " + String.join(", ", columns) + ")";
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("CREATE TEMPORARY TABLE " + table + " " + definition + " ON COMMIT DROP");
                return new Copy(connection.unwrap(PGConnection.class), connection, table);
            }
            // TRANSACTIONAL: H2 would otherwise commit what the import has written so far.
            statement.execute("CREATE LOCAL TEMPORARY TABLE " + table + " " + definition + " ON COMMIT DROP TRANSACTIONAL");
        }
        return new Batch(connection, table, 1 + (int) columns.stream().filter(column -> !column.startsWith("PRIMARY KEY")).count());
    }

    /** Rows written as CSV into {@code COPY … FROM STDIN}, a chunk at a time. */
    private static final class Copy implements Abortable {
        private final CopyIn copy;
        private final Connection connection;
        private final String table;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 4096);
        private final StringBuilder text = new StringBuilder(256);

        Copy(PGConnection pg, Connection connection, String table) throws SQLException {
            this.copy = pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
            this.connection = connection;
            this.table = table;
        }

        @Override
        public void add(long line, Object... values) throws SQLException {
            text.setLength(0);
            text.append(line);
            for (Object value : values) {
                text.append(',');
                if (value instanceof String s) {
                    text.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    text.append(value);
                }
            }
            text.append('\n');
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            chunk.write(bytes, 0, bytes.length);
            if (chunk.size() >= CHUNK) {
                flush();
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            chunk.reset();
        }

        @Override
        public void abort() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }

        @Override
        public void finish() throws SQLException {
            flush();
            copy.endCopy();
            // The planner joins the staged rows with what is stored: it needs to know how many there are.
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE " + table);
            }
        }
    }

    /** Rows inserted in batches. */
    private static final class Batch implements Abortable {
        private final PreparedStatement insert;
        private int pending;

        Batch(Connection connection, String table, int columns) throws SQLException {
            this.insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)");
        }

        @Override
        public void add(long line, Object... values) throws SQLException {
            insert.setLong(1, line);
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 2, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void abort() throws SQLException {
            insert.close();
        }

        @Override
        public void finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
            insert.close();
        }
    }
}
