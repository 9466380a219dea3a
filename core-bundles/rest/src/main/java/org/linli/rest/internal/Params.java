package org.linli.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.linli.common.FieldChecks;
import org.linli.common.PageRequest;
import org.linli.common.ValidationException;

/**
 * Query parameters arrive as text and are parsed here, so that a malformed one answers 400 naming
 * the parameter (JAX-RS itself would answer 404).
 */
final class Params {
    private Params() {
    }

    static Long toLong(String name, String value) {
        return FieldChecks.wholeNumber(name, value);
    }

    static LocalDate toDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "type", name + " must be a date (yyyy-MM-dd)");
        }
    }

    static <E extends Enum<E>> E toEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "type", name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static PageRequest page(String page, String size) {
        return page(page, size, null);
    }

    static PageRequest page(String page, String size, String after) {
        Long p = toLong("page", page);
        Long s = toLong("size", size);
        return PageRequest.of(p == null ? null : clamp(p), s == null ? null : clamp(s), toLong("after", after));
    }

    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    static <T> T body(T entity) {
        if (entity == null) {
            throw new ValidationException("body", "required", "a JSON body is required");
        }
        return entity;
    }
}
