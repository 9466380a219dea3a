package org.linli.database;

import java.util.function.Consumer;
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

    /**
     * The statement that has PostgreSQL plan the rest of its transaction's statements for their
     * values, which a search by jurisdiction runs first. After five runs of a prepared statement
     * PostgreSQL may keep a generic plan, and a generic plan cannot use an index for
     * {@code path LIKE ?} since the prefix is unknown: a community's visits in a city were then
     * found by reading every territory node, 58 ms against 9 ms planned for the community's path.
     */
    String PLAN_FOR_VALUES = "SET LOCAL plan_cache_mode = force_custom_plan";

    /** Runs {@link #PLAN_FOR_VALUES} with {@code execute} in the caller's transaction, on PostgreSQL; nothing on H2. */
    default void planForValues(Consumer<String> execute) {
        if (postgres()) {
            execute.accept(PLAN_FOR_VALUES);
        }
    }
}
