package org.linli.imports.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Before;
import org.junit.Test;
import org.linli.audit.AuditLog;
import org.linli.common.NotFoundException;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.database.DatabaseHealth;
import org.linli.imports.BulkExport;
import org.linli.imports.BulkKind;
import org.linli.imports.BulkLoad;
import org.linli.imports.ImportFormat;
import org.linli.imports.ImportRun;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.security.Role;

/** Wrong files are kept for their uploader to read, but only so many: uploads of wrong files do not fill the heap. */
public class FailedImportsTest {
    private JdbcImportService imports;

    @Before
    public void anEmptyDatabase() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:failed-imports-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE import_run (started_by VARCHAR(100), id VARCHAR(64), kind VARCHAR(64), format VARCHAR(16),"
                    + " sha256 VARCHAR(64), rows_read BIGINT, rows_stored BIGINT, started_at TIMESTAMP, finished_at TIMESTAMP)");
        }
        Database database = new Database() {
            @Override
            public DatabaseHealth check() {
                return new DatabaseHealth(true, "H2", "", "23", null);
            }

            @Override
            public boolean postgres() {
                return false;
            }
        };
        imports = new JdbcImportService(h2, database, new NoAudit(), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        imports.addKind(new EveryRowWrong());
    }

    @Test
    public void theLatestTwoHundredFailedImportsAreKept() {
        CallerContext.callAs(new Caller("uploader", Set.of(Role.ADMIN), Set.of(Caller.EVERYWHERE), "test"), () -> {
            for (int i = 0; i < 201; i++) {
                try {
                    imports.importFile("wrong-" + i, "things", ImportFormat.CSV,
                            new ByteArrayInputStream("code\nA\nB\n".getBytes(StandardCharsets.UTF_8)));
                    fail("a file of wrong rows is refused");
                } catch (ValidationException e) {
                    assertEquals("lines[2].code", e.getErrors().get(0).field());
                }
            }
            ImportRun last = imports.get("wrong-200");
            assertEquals(ImportRun.State.FAILED, last.state());
            assertEquals(2, last.errorCount());
            assertEquals(ImportRun.State.FAILED, imports.get("wrong-1").state());
            try {
                imports.get("wrong-0");
                fail("the 201st failed import pushes the first out");
            } catch (NotFoundException expected) {
                // gone
            }
            return null;
        });
    }

    /** A kind whose every row is wrong. */
    private static final class EveryRowWrong implements BulkKind {
        @Override
        public String kind() {
            return "things";
        }

        @Override
        public List<String> columns() {
            return List.of("code");
        }

        @Override
        public Permission writePermission() {
            return Permission.TERRITORY_WRITE;
        }

        @Override
        public Permission readPermission() {
            return Permission.TERRITORY_READ;
        }

        @Override
        public long load(BulkLoad load) {
            for (BulkLoad.Row row : load.rows()) {
                load.error(row.line(), "code", "wrong", "every row is wrong");
            }
            return 0;
        }

        @Override
        public void export(BulkExport export) {
        }
    }

    private static final class NoAudit implements AuditLog {
        @Override
        public void record(Long nodeId, String action, String entity, Object entityId, List<String> fields, String reason, String detail) {
        }

        @Override
        public void recordAttempt(String action, String entity, Object entityId, List<String> fields, String reason, String detail) {
        }

        @Override
        public org.linli.common.Page<org.linli.audit.AuditEntry> search(org.linli.audit.AuditQuery query, org.linli.common.PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
