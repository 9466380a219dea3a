package org.linli.database.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.linli.database.Database;
import org.linli.database.DatabaseHealth;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the schema migrations, then offers {@link Database}. The migrations live in this bundle:
 * {@code db/migration/common} for SQL both H2 and PostgreSQL accept, and {@code db/migration/h2}
 * and {@code db/migration/postgresql} for the few statements that differ (each vendor folder holds
 * the same version numbers).
 *
 * <p>On PostgreSQL the schema's owner and the application should be different roles, so that the
 * application can neither change the schema nor drop the audit log's triggers. The migrations then
 * run on the owner's DataSource, named by {@code owner.target} in {@code etc/org.linli.database.cfg},
 * and after each run the application's role is granted the rows of every table and nothing more.
 * Without that setting both are Linli's own DataSource.
 */
@Component(service = Database.class, immediate = true, configurationPid = "org.linli.database")
public class MigratedDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(MigratedDatabase.class);

    private final DataSource dataSource;
    private final String schemaVersion;
    private final boolean postgres;

    @Activate
    public MigratedDatabase(@Reference(target = "(osgi.jndi.service.name=linli)") DataSource dataSource,
            @Reference(name = "owner", target = "(osgi.jndi.service.name=linli)") DataSource owner) {
        this.dataSource = dataSource;
        this.schemaVersion = migrate(owner);
        this.postgres = vendor(dataSource).equals("postgresql");
        if (!postgres) {
            return;
        }
        String application = userName(dataSource);
        if (!application.equals(userName(owner))) {
            grant(owner, application);
        } else {
            LOG.warn("Linli runs as the owner of its schema: it could drop the audit log's triggers."
                    + " Give the migrations a DataSource of their own (docs/operations.md, PostgreSQL).");
        }
    }

    /** Applies every pending migration and answers the schema version reached. */
    static String migrate(DataSource dataSource) {
        List<String> folders = List.of("db/migration/common", "db/migration/" + vendor(dataSource));
        FluentConfiguration configuration = Flyway.configure(MigratedDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations(folders.stream().map(folder -> "classpath:" + folder).toArray(String[]::new))
                .table("linli_schema_history");
        Bundle bundle = FrameworkUtil.getBundle(MigratedDatabase.class);
        if (bundle != null) {
            configuration.resourceProvider(new BundleMigrations(bundle, folders));
        }
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "0" : flyway.info().current().getVersion().getVersion();
        LOG.info("Linli schema at version {} ({} migrations applied now)", version, result.migrationsExecuted);
        return version;
    }

    /**
     * Lets {@code application} read and write the rows of Linli's tables and use its sequences, and
     * nothing else: no DDL, no {@code TRUNCATE} or triggers anywhere, only {@code SELECT} and
     * {@code INSERT} on the audit log, only {@code SELECT} on the migration history. Run after every
     * migration, so that tables added by an upgrade are granted too. PostgreSQL only.
     */
    static void grant(DataSource owner, String application) {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            String schema;
            try (ResultSet result = statement.executeQuery("SELECT current_schema()")) {
                result.next();
                schema = identifier(result.getString(1));
            }
            String role = identifier(application);
            for (String sql : List.of(
                    "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                    "REVOKE CREATE ON SCHEMA " + schema + " FROM " + role,
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role,
                    "REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + schema + " FROM " + role,
                    "REVOKE UPDATE, DELETE ON " + schema + ".audit_entry FROM " + role,
                    "REVOKE INSERT, UPDATE, DELETE ON " + schema + ".linli_schema_history FROM " + role,
                    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role)) {
                statement.execute(sql);
            }
            LOG.info("Linli's application role {} may read and write rows of schema {}, and no more", application, schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the application role " + application + ": " + e.getMessage(), e);
        }
    }

    /** The database user a DataSource signs in as. */
    static String userName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** A PostgreSQL identifier, quoted. */
    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The folder of the vendor's own migrations: {@code h2} or {@code postgresql}. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> "h2";
                case "PostgreSQL" -> "postgresql";
                default -> throw new IllegalStateException("Linli runs on H2 or PostgreSQL, not on " + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean postgres() {
        return postgres;
    }

    @Override
    public DatabaseHealth check() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean valid = connection.isValid(2);
            return new DatabaseHealth(valid, meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    schemaVersion, valid ? null : "connection not valid");
        } catch (Exception e) {
            return new DatabaseHealth(false, null, null, schemaVersion, e.getMessage());
        }
    }
}
