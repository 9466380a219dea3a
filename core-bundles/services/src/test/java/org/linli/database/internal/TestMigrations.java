package org.linli.database.internal;

import javax.sql.DataSource;

/** Opens the schema migrations of linli-database to other modules' tests, which run outside OSGi. */
public final class TestMigrations {

    private TestMigrations() {
    }

    /** Brings {@code dataSource} to the current schema; answers the version reached. */
    public static String migrate(DataSource dataSource) {
        return MigratedDatabase.migrate(dataSource);
    }
}
