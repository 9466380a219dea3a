package org.linli.database.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations on both databases Linli runs on: the embedded H2 default and PostgreSQL (the
 * throwaway server that {@code ./linli test} starts and names in {@code LINLI_TEST_PG_URL}).
 */
public class MigrationsTest {
    /** The version of the newest migration, one a version: what a migrated database stands at. */
    static final String LATEST = latest();


    @Test
    public void migratesAnEmptyH2DatabaseAndIsIdempotent() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertMigrates(h2);
    }

    @Test
    public void migratesAnEmptyPostgresDatabaseAndIsIdempotent() throws SQLException {
        PGSimpleDataSource pg = emptyPostgres();
        assertMigrates(pg);
        // The prefix index that makes "everything under a node" an index range scan.
        assertEquals("1", single(pg, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'territory_node_path_ix'"
                + " AND indexdef LIKE '%varchar_pattern_ops%'"));
        // The audit log takes rows and never gives them up.
        execute(pg, "INSERT INTO audit_entry (id, at, user_name, action, entity, entity_id)"
                + " VALUES (1, CURRENT_TIMESTAMP, 'demo', 'reveal', 'resident', '7')");
        for (String change : new String[] {"UPDATE audit_entry SET reason = 'x'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"}) {
            try {
                execute(pg, change);
                fail("the audit log must refuse: " + change);
            } catch (SQLException e) {
                assertEquals("42501", e.getSQLState());
            }
        }
        assertEquals("1", single(pg, "SELECT COUNT(*) FROM audit_entry"));
    }

    @Test
    public void onPostgresTheApplicationRoleKeepsRowsAndNothingMore() throws SQLException {
        PGSimpleDataSource owner = emptyPostgres();
        MigratedDatabase.migrate(owner);
        execute(owner, "DO $$ BEGIN CREATE ROLE linli_migrations_app LOGIN;"
                + " EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        execute(owner, "ALTER ROLE linli_migrations_app PASSWORD 'test-only'");
        MigratedDatabase.grant(owner, "linli_migrations_app");
        MigratedDatabase.grant(owner, "linli_migrations_app");
        PGSimpleDataSource application = new PGSimpleDataSource();
        application.setUrl(owner.getUrl());
        application.setUser("linli_migrations_app");
        application.setPassword("test-only");
        assertEquals("linli_migrations_app", MigratedDatabase.userName(application));

        // Rows, sequences and the audit log's appending are the application's.
        execute(application, "INSERT INTO territory_node (id, level, code, name, path, version)"
                + " VALUES (nextval('territory_node_seq'), 'CITY', '110000', '北京市', '/1/', 1)");
        execute(application, "UPDATE territory_node SET name = '北京' WHERE code = '110000'");
        execute(application, "INSERT INTO audit_entry (id, at, user_name, action, entity, entity_id)"
                + " VALUES (1, CURRENT_TIMESTAMP, 'demo', 'reveal', 'resident', '7')");
        assertEquals("1", single(application, "SELECT COUNT(*) FROM audit_entry"));
        assertEquals(LATEST, single(application, "SELECT COUNT(*) FROM linli_schema_history WHERE type = 'SQL'"));

        // Everything else is the owner's, and the audit log cannot be emptied or unguarded.
        for (String change : new String[] {
            "TRUNCATE audit_entry",
            "DROP TRIGGER audit_entry_append_only ON audit_entry",
            "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
            "ALTER TABLE resident ADD COLUMN note TEXT",
            "CREATE TABLE copy_of_residents (id BIGINT)",
            "DROP TABLE tenancy",
            "TRUNCATE resident",
            "DELETE FROM linli_schema_history",
            "CREATE TRIGGER t BEFORE INSERT ON resident FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"}) {
            try {
                execute(application, change);
                fail("the application role must not: " + change);
            } catch (SQLException e) {
                assertEquals(change + ": " + e.getMessage(), "42501", e.getSQLState());
            }
        }
        assertEquals("1", single(owner, "SELECT COUNT(*) FROM audit_entry"));
        assertEquals("1", single(owner, "SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'audit_entry_append_only' AND tgenabled = 'O'"));
    }

    private static String latest() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL of {@code ./linli test}, its public schema emptied. */
    private static PGSimpleDataSource emptyPostgres() throws SQLException {
        String url = System.getProperty("linli.test.pg.url");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            fail("LINLI_TEST_PG_URL is not set: run the tests with ./linli test");
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(System.getenv().getOrDefault("LINLI_TEST_PG_USER", "linli"));
        pg.setPassword(System.getenv().getOrDefault("LINLI_TEST_PG_PASSWORD", ""));
        execute(pg, "DROP SCHEMA public CASCADE");
        execute(pg, "CREATE SCHEMA public");
        return pg;
    }

    private static void assertMigrates(DataSource dataSource) throws SQLException {
        assertEquals(LATEST, MigratedDatabase.migrate(dataSource));
        assertEquals(LATEST, MigratedDatabase.migrate(dataSource));
        assertEquals(LATEST, single(dataSource, "SELECT COUNT(*) FROM \"linli_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE"));
        // EclipseLink allocates ids in blocks of 50 ending at the value the sequence returns.
        assertEquals("50", single(dataSource, isPostgres(dataSource) ? "SELECT nextval('territory_node_seq')"
                : "SELECT NEXT VALUE FOR territory_node_seq"));
        // The constraints the services rely on are in the schema, not only in Java.
        execute(dataSource, "INSERT INTO territory_node (id, level, code, name, path, version) VALUES (1, 'CITY', '110000', '北京市', '/1/', 1)");
        assertRefused(dataSource, "INSERT INTO territory_node (id, level, code, name, path, version) VALUES (2, 'CITY', '110000', '重复', '/2/', 1)");
        assertRefused(dataSource, "INSERT INTO territory_node (id, level, code, name, path, version) VALUES (3, 'PLANET', 'X', 'x', '/3/', 1)");
        assertRefused(dataSource, "INSERT INTO resident (id, id_number, name, sex, birth_date, version) VALUES (1, '11010519491231002X', '王芳', 'FEMALE', DATE '1949-12-31', 1)");
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }

    private static void assertRefused(DataSource dataSource, String sql) {
        try {
            execute(dataSource, sql);
            fail("the schema must refuse: " + sql);
        } catch (SQLException e) {
            assertTrue(e.getSQLState(), e.getSQLState().startsWith("23"));
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
