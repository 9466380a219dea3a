package org.linli.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.linli.audit.AuditLog;
import org.linli.common.ConflictException;
import org.linli.common.FieldError;
import org.linli.common.NotFoundException;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.imports.BulkExport;
import org.linli.imports.BulkKind;
import org.linli.imports.BulkLoad;
import org.linli.imports.ImportFormat;
import org.linli.imports.ImportRun;
import org.linli.imports.ImportService;
import org.linli.imports.RowError;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports on a connection of their own, in one local transaction: the rows are staged, checked
 * and stored by the kind's {@link BulkKind}, and the import's id is stored with them, so that the
 * data and the record that it was imported commit together. A failed import is kept in memory for
 * an hour for its uploader to read; it stored nothing.
 */
@Component(service = ImportService.class)
public class JdbcImportService implements ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcImportService.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Duration KEEP_FAILED = Duration.ofHours(1);
    /** The most failed runs kept, each with up to a thousand errors: uploads of wrong files must not fill the heap. */
    private static final int MAX_FAILED = 200;
    /** The SQL state of a unique constraint violated, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final boolean postgres;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, BulkKind> kinds = new ConcurrentSkipListMap<>();
    private final Map<String, Progress> running = new ConcurrentHashMap<>();
    /** Failed runs by uploader and id, oldest first; guarded by itself. */
    private final Map<String, ImportRun> failed = new LinkedHashMap<>();

    @Activate
    public JdbcImportService(@Reference(target = "(osgi.jndi.service.name=linli)") DataSource dataSource,
                             @Reference Database migrated, @Reference AuditLog audit, @Reference Clock clock) {
        this.dataSource = dataSource;
        this.postgres = migrated.postgres();
        this.audit = audit;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(BulkKind kind) {
        kinds.put(kind.kind(), kind);
    }

    void removeKind(BulkKind kind) {
        kinds.remove(kind.kind(), kind);
    }

    @Override
    public List<KindColumns> kinds() {
        CallerContext.current();
        return kinds.values().stream().map(kind -> new KindColumns(kind.kind(), kind.columns())).toList();
    }

    @Override
    public ImportRun importFile(String id, String kind, ImportFormat format, InputStream file) {
        Caller caller = CallerContext.current();
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException("id", "pattern", "an import's id is 1 to 64 letters, digits, '.', '_' or '-', beginning with a letter or digit");
        }
        BulkKind bulk = kind(kind);
        CallerContext.require(bulk.writePermission());
        String key = caller.user() + "\n" + id;
        Progress progress = new Progress(id, kind, format, caller.user(), now());
        if (running.putIfAbsent(key, progress) != null) {
            throw new ConflictException("id", "running", "import " + id + " is running");
        }
        try {
            synchronized (failed) {
                failed.remove(key);
            }
            MessageDigest sha256 = sha256();
            InputStream digested = new DigestInputStream(file, sha256);
            ImportRun stored = stored(caller.user(), id);
            if (stored != null) {
                digested.transferTo(OutputStream.nullOutputStream());
                if (stored.kind().equals(kind) && stored.sha256().equals(HexFormat.of().formatHex(sha256.digest()))) {
                    return stored;
                }
                throw new ConflictException("id", "taken", "import " + id + " was committed with another file or kind");
            }
            return load(bulk, progress, digested, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.remove(key);
        }
    }

    private ImportRun load(BulkKind bulk, Progress progress, InputStream file, MessageDigest sha256) throws IOException {
        InputStreamReader reader = new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Load load;
        long rowsStored;
        Instant finished = null;
        String hash;
        try (Connection connection = dataSource.getConnection()) {
            RowSource rows = new RowSource(progress.format, reader, bulk.columns(), (line, field, code, message) ->
                    progress.error(new RowError(line, field, code, message)), progress);
            load = new Load(dataSource, connection, postgres, rows, progress);
            connection.setAutoCommit(false);
            try {
                rowsStored = bulk.load(load);
                // Whatever the kind did not read is still the file's: it is hashed, and a row not read is an error.
                load.rows.forEach(row -> progress.error(new RowError(row.line(), "row", "unread", "the row was not read")));
                file.transferTo(OutputStream.nullOutputStream());
                hash = HexFormat.of().formatHex(sha256.digest());
                if (progress.hasErrors()) {
                    connection.rollback();
                } else {
                    progress.phase("committing");
                    finished = now();
                    record(connection, progress, hash, rowsStored, finished);
                    connection.commit();
                }
            } catch (SQLException | RuntimeException | IOException e) {
                load.abortStagings();
                connection.rollback();
                throw e;
            } finally {
                try {
                    load.dropStagings();
                    connection.setAutoCommit(true);
                } finally {
                    load.close();
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                progress.error(new RowError(0, "file", "encoding", "the file is not UTF-8 text after row " + progress.running().rowsRead()));
                return refuse(progress, "");
            }
            throw e;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another write took a value the checks found free: nothing was stored, the upload can be repeated.
                throw new ConflictException("row", "concurrent", "a value of the file was stored by another write during the import; nothing was stored");
            }
            throw new IllegalStateException("the import could not be stored", e);
        }
        if (progress.hasErrors()) {
            return refuse(progress, hash);
        }
        progress.phase("done");
        LOG.info("Import {} of {} by {}: {} rows stored ({})", progress.id, progress.kind, progress.user, rowsStored, progress.timings());
        ImportRun run = progress.committed(rowsStored, hash, finished);
        audit.record("import", progress.kind, progress.id, List.of(), null,
                rowsStored + " rows stored from a " + progress.format.mediaType() + " file, SHA-256 " + hash);
        return run;
    }

    /** Keeps the failed run for its uploader and throws its errors, each at its line and column. */
    private ImportRun refuse(Progress progress, String hash) {
        ImportRun run = progress.failed(hash, now());
        synchronized (failed) {
            failed.put(progress.user + "\n" + progress.id, run);
            failed.values().removeIf(old -> old.finishedAt().isBefore(now().minus(KEEP_FAILED)));
            Iterator<ImportRun> oldest = failed.values().iterator();
            while (failed.size() > MAX_FAILED) {
                oldest.next();
                oldest.remove();
            }
        }
        List<String> taken = run.errors().stream().filter(error -> error.code().equals("duplicate")).map(RowError::field).distinct().toList();
        if (!taken.isEmpty()) {
            // Values found taken say which are stored: the refusal is a look-up in itself.
            audit.recordAttempt("refused", progress.kind, progress.id, taken, null, "import with values already stored");
        }
        List<FieldError> errors = new ArrayList<>();
        for (RowError error : run.errors()) {
            errors.add(new FieldError("lines[" + error.line() + "]." + error.field(), error.code(), error.message()));
        }
        throw new ValidationException(errors);
    }

    private void record(Connection connection, Progress progress, String hash, long rowsStored, Instant finished)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (started_by, id, kind, format, sha256,"
                + " rows_read, rows_stored, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, progress.user);
            insert.setString(2, progress.id);
            insert.setString(3, progress.kind);
            insert.setString(4, progress.format.name());
            insert.setString(5, hash);
            insert.setLong(6, progress.running().rowsRead());
            insert.setLong(7, rowsStored);
            insert.setTimestamp(8, Timestamp.from(progress.startedAt));
            insert.setTimestamp(9, Timestamp.from(finished));
            insert.executeUpdate();
        }
    }

    @Override
    public ImportRun get(String id) {
        Caller caller = CallerContext.current();
        String key = caller.user() + "\n" + id;
        Progress progress = running.get(key);
        if (progress != null) {
            return progress.running();
        }
        ImportRun run;
        synchronized (failed) {
            run = failed.get(key);
        }
        if (run != null && run.finishedAt().isAfter(now().minus(KEEP_FAILED))) {
            return run;
        }
        try {
            run = stored(caller.user(), id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (run == null) {
            throw new NotFoundException("id", "import", id);
        }
        return run;
    }

    private ImportRun stored(String user, String id) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT kind, format, sha256, rows_read, rows_stored, started_at,"
                     + " finished_at FROM import_run WHERE started_by = ? AND id = ?")) {
            select.setString(1, user);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new ImportRun(id, row.getString(1), ImportFormat.valueOf(row.getString(2)), ImportRun.State.COMMITTED, null,
                        row.getLong(4), row.getLong(5), 0, List.of(), row.getString(3), user,
                        row.getTimestamp(6).toInstant(), row.getTimestamp(7).toInstant());
            }
        } catch (SQLException e) {
            throw new IOException("the imports could not be read", e);
        }
    }

    @Override
    public ExportFile export(String kind, ImportFormat format) {
        BulkKind bulk = kind(kind);
        Caller caller = CallerContext.require(bulk.readPermission());
        return out -> CallerContext.callAs(caller, () -> {
            write(bulk, format, out);
            return null;
        });
    }

    private void write(BulkKind bulk, ImportFormat format, OutputStream out) {
        String kind = bulk.kind();
        long rows;
        try (Connection connection = dataSource.getConnection()) {
            // Outside autocommit PostgreSQL's driver streams a query's rows by its fetch size.
            connection.setAutoCommit(false);
            try (RowWriter writer = RowWriter.of(format, out, bulk.columns())) {
                bulk.export(new BulkExport() {
                    @Override
                    public Connection connection() {
                        return connection;
                    }

                    @Override
                    public boolean postgres() {
                        return postgres;
                    }

                    @Override
                    public void row(Object... values) throws IOException {
                        writer.row(values);
                    }
                });
                rows = writer.rows();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the export could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("export", kind, "-", List.of(), null, rows + " rows to a " + format.mediaType() + " file, masked");
    }

    private BulkKind kind(String kind) {
        BulkKind bulk = kind == null ? null : kinds.get(kind);
        if (bulk == null) {
            throw new NotFoundException("kind", "kind of record that can be imported", kind);
        }
        return bulk;
    }

    /** Now, to the millisecond both databases keep. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The import as its kind sees it. */
    private static final class Load implements BulkLoad {
        private final DataSource dataSource;
        private final Connection connection;
        private final boolean postgres;
        private final RowSource rows;
        private final Progress progress;
        private final Map<String, Stagings.Abortable> stagings = new LinkedHashMap<>();
        private final List<Runnable> completed = new ArrayList<>();
        private Connection lookUps;

        Load(DataSource dataSource, Connection connection, boolean postgres, RowSource rows, Progress progress) {
            this.dataSource = dataSource;
            this.connection = connection;
            this.postgres = postgres;
            this.rows = rows;
            this.progress = progress;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public boolean postgres() {
            return postgres;
        }

        @Override
        public Iterable<Row> rows() {
            return rows;
        }

        @Override
        public void error(long line, String field, String code, String message) {
            progress.error(new RowError(line, field, code, message));
        }

        @Override
        public boolean hasErrors() {
            return progress.hasErrors();
        }

        @Override
        public void phase(String phase) {
            progress.phase(phase);
        }

        @Override
        public Long lookUp(String sql, String value) {
            if (value == null) {
                return null;
            }
            try {
                if (lookUps == null) {
                    lookUps = dataSource.getConnection();
                }
                try (PreparedStatement select = lookUps.prepareStatement(sql)) {
                    select.setString(1, value);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? row.getLong(1) : null;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("a row's reference could not be read", e);
            }
        }

        /** Ends what the import opened beside its transaction, once that has ended. */
        void close() throws SQLException {
            try {
                completed.forEach(Runnable::run);
            } finally {
                if (lookUps != null) {
                    lookUps.close();
                }
            }
        }

        @Override
        public void afterCompletion(Runnable action) {
            completed.add(action);
        }

        @Override
        public Staging stage(String table, List<String> columns) throws SQLException {
            Stagings.Abortable staging = Stagings.create(connection, postgres, table, columns);
            stagings.put(table, staging);
            return staging;
        }

        /** Ends a {@code COPY} the failure left open: the connection answers nothing else until then. */
        void abortStagings() throws SQLException {
            for (Stagings.Abortable staging : stagings.values()) {
                staging.abort();
            }
        }

        /** H2 keeps a temporary table its transaction rolled back; the pooled connection must not. */
        void dropStagings() throws SQLException {
            if (!postgres) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : stagings.keySet()) {
                        statement.execute("DROP TABLE IF EXISTS " + table);
                    }
                }
            }
        }
    }
}
