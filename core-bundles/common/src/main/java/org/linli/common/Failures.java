package org.linli.common;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the cause that matters inside the wrappers that transaction managers and JPA providers
 * put around a failure.
 */
public final class Failures {
    /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of a foreign-key violation, the same on H2 and PostgreSQL. */
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private Failures() {
    }

    /** The first {@link LinliException} in the cause chain, if any. */
    public static Optional<LinliException> linliCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LinliException linli) {
                return Optional.of(linli);
            }
        }
        return Optional.empty();
    }

    /**
     * What a service should throw for a failure that came out of a transaction wrapper: the Linli
     * error inside it if there is one, the failure itself otherwise.
     */
    public static RuntimeException unwrap(RuntimeException failure) {
        return linliCause(failure).map(RuntimeException.class::cast).orElse(failure);
    }

    /** The SQLSTATE of the first {@link SQLException} in the cause chain, if any. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
