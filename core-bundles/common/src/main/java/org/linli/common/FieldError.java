package org.linli.common;

import java.util.Objects;

/**
 * One problem with one input field.
 *
 * @param field   the field path as the caller wrote it, for example {@code idNumber} or {@code parentId}
 * @param code    a stable machine-readable code, for example {@code required} or {@code check_digit}
 * @param message a human-readable explanation in English
 */
public record FieldError(String field, String code, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
