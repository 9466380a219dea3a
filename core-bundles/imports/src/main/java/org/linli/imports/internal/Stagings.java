package org.linli.imports.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Rows written as CSV into {@code COPY … FROM STDIN}, a chunk at a time. A chunk is sent on a
     * thread of its own while the import reads and checks the rows of the next, so that reading
     * and sending use both cores; one chunk at most is in flight.
     */
    private static final class Copy implements Abortable {
        private final CopyIn copy;
        private final Connection connection;
        private final String table;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 4096);
        private final StringBuilder text = new StringBuilder(256);
        private final ExecutorService sender;
        private Future<?> sending;

        Copy(PGConnection pg, Connection connection, String table) throws SQLException {
            this.copy = pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
            this.connection = connection;
            this.table = table;
            this.sender = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "linli-import-copy-" + table);
                thread.setDaemon(true);
                return thread;
            });
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
            byte[] bytes = chunk.toByteArray();
            chunk.reset();
            awaitSent();
            sending = sender.submit(() -> {
                copy.writeToCopy(bytes, 0, bytes.length);
                return null;
            });
        }

        /** Waits for the chunk in flight; its failure is the import's. */
        private void awaitSent() throws SQLException {
            if (sending == null) {
                return;
            }
            try {
                sending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("the import was interrupted while sending its rows", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
            } finally {
                sending = null;
            }
        }

        @Override
        public void abort() throws SQLException {
            try {
                awaitSent();
            } catch (SQLException e) {
                // The import fails already; what is left is to end the COPY.
            } finally {
                sender.shutdown();
            }
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }

        @Override
        public void finish() throws SQLException {
            flush();
            try {
                awaitSent();
            } finally {
                sender.shutdown();
            }
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
