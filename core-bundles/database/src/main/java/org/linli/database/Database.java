package org.linli.database;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Linli's database, migrated to the schema this release needs. Services that store data reference
 * this service so that they start only after the migrations.
 */
@ProviderType
public interface Database {

    /** Opens a connection and reports what it found; never throws. */
    DatabaseHealth check();

    /**
     * Whether the database is PostgreSQL rather than the embedded H2: for the few queries the two
     * plan so differently that each needs its own form.
     */
    boolean postgres();
}
