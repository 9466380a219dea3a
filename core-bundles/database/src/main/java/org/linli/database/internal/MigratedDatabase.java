package org.linli.database.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
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
 * Runs the schema migrations on Linli's DataSource, then offers {@link Database}. The migrations
 * live in this bundle: {@code db/migration/common} for SQL both H2 and PostgreSQL accept, and
 * {@code db/migration/h2} and {@code db/migration/postgresql} for the few statements that differ
 * (each vendor folder holds the same version numbers).
 */
@Component(service = Database.class, immediate = true)
public class MigratedDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(MigratedDatabase.class);

    private final DataSource dataSource;
    private final String schemaVersion;

    @Activate
    public MigratedDatabase(@Reference(target = "(osgi.jndi.service.name=linli)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.schemaVersion = migrate(dataSource);
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
