package org.linli.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every field error of one input before failing, so that a caller learns all that is
 * wrong in one answer rather than one field per round trip.
 */
public final class FieldChecks {
    /** Longer than any stored text a search compares with. */
    public static final int MAX_SEARCH_TEXT = 200;
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * The whole number a caller gave as the text {@code value} of {@code field} (a query
     * parameter, a filter): {@code null} when blank, a {@link ValidationException} naming the
     * field when it is not one.
     */
    public static Long wholeNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "type", field + " must be a whole number");
        }
    }

    /** A required text: present, not blank, at most {@code maxLength} characters. */
    public FieldChecks text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, "required", field + " is required");
        }
        return optionalText(field, value, maxLength);
    }

    /**
     * An optional text: absent, or at most {@code maxLength} characters, none of them a control
     * character or half of a broken surrogate pair.
     */
    public FieldChecks optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            return add(field, "too_long", field + " must be at most " + maxLength + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            add(field, "characters", field + " must not contain control characters");
        }
        return this;
    }

    /**
     * A value to search by, as the caller sent it: absent, or a text a database can compare
     * (PostgreSQL refuses a NUL character outright, which would otherwise be a 500).
     */
    public FieldChecks searchText(String field, String value) {
        return optionalText(field, value, MAX_SEARCH_TEXT);
    }

    /** A required name: a text without markup characters ({@code < >}). */
    public FieldChecks name(String field, String value, int maxLength) {
        text(field, value, maxLength);
        if (value != null && (value.indexOf('<') >= 0 || value.indexOf('>') >= 0)) {
            add(field, "characters", field + " must not contain < or >");
        }
        return this;
    }

    /** An optional text that must match {@code pattern} when present. */
    public FieldChecks pattern(String field, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, "format", field + " must be " + expected);
        }
        return this;
    }

    public FieldChecks required(String field, Object value) {
        if (value == null) {
            add(field, "required", field + " is required");
        }
        return this;
    }

    /** Adds an error, unless the field has one of the same code already: a caller hears each once. */
    public FieldChecks add(String field, String code, String message) {
        if (errors.stream().noneMatch(error -> error.field().equals(field) && error.code().equals(code))) {
            errors.add(new FieldError(field, code, message));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors collected so far, in the order found. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a {@link ValidationException} with every collected error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
