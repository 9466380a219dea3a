package org.linli.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.FieldChecks;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link FieldRule} is checked with in the writing transaction: the errors so far, today, the code lists. */
@ProviderType
public interface FieldContext {

    FieldChecks fields();

    /**
     * A context for checking a record outside a writing transaction, such as a row of a bulk
     * import checked before it is staged: it knows no code lists, so a rule that names one fails.
     */
    static FieldContext detached(FieldChecks fields, LocalDate today) {
        return new FieldContext() {
            @Override
            public FieldChecks fields() {
                return fields;
            }

            @Override
            public LocalDate today() {
                return today;
            }

            @Override
            public FieldContext code(String field, String list, String code) {
                throw new UnsupportedOperationException("code list " + list + " is not at hand outside a writing transaction");
            }
        };
    }

    /** The day the write happens on, by Linli's clock. */
    LocalDate today();

    /** A code that must be one of the list's, when present. */
    FieldContext code(String field, String list, String code);

    /** A number from {@code min} to {@code max} with at most two decimals, when present. */
    default FieldContext range(String field, Number value, long min, long max) {
        return range(field, value, min, max, 2);
    }

    /** A number from {@code min} to {@code max} with at most {@code decimals} decimals, when present. */
    default FieldContext range(String field, Number value, long min, long max, int decimals) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
            // NaN and the infinities, which XML's doubles allow, are on no scale.
            fields().add(field, "range", field + " must be from " + min + " to " + max);
        } else if (value != null) {
            BigDecimal number = new BigDecimal(value.toString());
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                fields().add(field, "range", field + " must be from " + min + " to " + max);
            } else if (number.scale() > decimals) {
                fields().add(field, "scale", field + " must have at most " + (decimals == 2 ? "two" : String.valueOf(decimals)) + " decimals");
            }
        }
        return this;
    }

    /** A day that has come, when present: a record tells what happened, not what is planned. */
    default FieldContext notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(today())) {
            fields().add(field, "future", field + " must not be in the future");
        }
        return this;
    }
}
