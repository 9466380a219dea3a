package org.linli.database;

/**
 * What a database check found.
 *
 * @param up             whether a connection could be opened and validated
 * @param product        the database product, for example {@code PostgreSQL} or {@code H2}
 * @param productVersion the product's version
 * @param schemaVersion  the newest migration applied
 * @param error          why the check failed, or {@code null}
 */
public record DatabaseHealth(boolean up, String product, String productVersion, String schemaVersion, String error) {
}
