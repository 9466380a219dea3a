package org.linli.records;

import java.time.LocalDate;
import org.linli.common.FieldChecks;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link FieldRule} is checked with in the writing transaction: the errors so far, today, the code lists. */
@ProviderType
public interface FieldContext {

    FieldChecks fields();

    /** A code that must be one of the list's, when present. */
    FieldContext code(String field, String list, String code);

    /** A number from {@code min} to {@code max} with at most two decimals, when present. */
    FieldContext range(String field, Number value, long min, long max);

    /** A day that has come, when present. */
    FieldContext notFuture(String field, LocalDate date);
}
