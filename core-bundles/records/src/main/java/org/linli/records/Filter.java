package org.linli.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.linli.common.SqlText;
import org.linli.common.ValidationException;

/**
 * A search filter: a condition of native SQL over the row alias {@code t}, whose every {@code ?}
 * takes the same value, parsed from the text a caller gives.
 */
public final class Filter {
    /** Longer than any stored text a filter compares with. */
    static final int MAX_TEXT = 200;

    private final String condition;
    private final String description;
    private final Function<String, Object> parser;
    private final String expected;
    private final FieldType type;
    private final List<String> values;

    private Filter(String condition, String description, Function<String, Object> parser, String expected, FieldType type) {
        this(condition, description, parser, expected, type, List.of());
    }

    private Filter(String condition, String description, Function<String, Object> parser, String expected, FieldType type,
                   List<String> values) {
        this.condition = condition;
        this.description = description;
        this.parser = parser;
        this.expected = expected;
        this.type = type;
        this.values = values;
    }

    /** {@code column} equals the given number. */
    public static Filter id(String column, String description) {
        return new Filter(column + " = ?", description, Long::valueOf, "a whole number", FieldType.LONG);
    }

    public static Filter integer(String column, String description) {
        return new Filter(column + " = ?", description, Integer::valueOf, "a whole number", FieldType.INTEGER);
    }

    public static Filter text(String column, String description) {
        return new Filter(column + " = ?", description, Filter::text, "a text of at most " + MAX_TEXT + " characters, none a control character", FieldType.TEXT);
    }

    /** {@code column} starts with the given text. */
    public static Filter prefix(String column, String description) {
        return new Filter(column + " LIKE ? ESCAPE '\\'", description, value -> SqlText.likePrefix(text(value)),
                "a text of at most " + MAX_TEXT + " characters, none a control character", FieldType.TEXT);
    }

    public static Filter bool(String column, String description) {
        return new Filter(column + " = ?", description, value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        }, "true or false", FieldType.BOOLEAN);
    }

    public static <E extends Enum<E>> Filter enumValue(String column, Class<E> type, String description) {
        return new Filter(column + " = ?", description, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)).name(),
                "one of " + Arrays.toString(type.getEnumConstants()), FieldType.ENUM,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** {@code column} is on or after the given date. */
    public static Filter from(String column, String description) {
        return new Filter(column + " >= ?", description, Filter::date, "a date (yyyy-MM-dd)", FieldType.DATE);
    }

    /** {@code column} is on or before the given date. */
    public static Filter to(String column, String description) {
        return new Filter(column + " <= ?", description, Filter::date, "a date (yyyy-MM-dd)", FieldType.DATE);
    }

    /** The period from {@code start} to {@code end} (open when null) contains the given date. */
    public static Filter activeOn(String start, String end, String description) {
        return new Filter(start + " <= ? AND (" + end + " IS NULL OR " + end + " >= ?)", description, Filter::date,
                "a date (yyyy-MM-dd)", FieldType.DATE);
    }

    /** A text that can be compared in SQL: PostgreSQL refuses NUL characters outright. */
    private static String text(String value) {
        if (value.length() > MAX_TEXT || value.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE)) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    /** A date as JDBC binds it the same way on H2 and PostgreSQL. */
    private static Object date(String value) {
        try {
            return java.sql.Date.valueOf(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    public String description() {
        return description;
    }

    /** This filter as callers see it under {@code name}. */
    public FilterDescription describe(String name) {
        return new FilterDescription(name, type, values, description);
    }

    /**
     * Adds this filter's condition for {@code value}, without surrounding white space, to
     * {@code where}, and its parameters to {@code params}: what a store does with a caller's filter.
     */
    public void apply(String name, String value, StringBuilder where, List<Object> params) {
        Object parsed;
        try {
            parsed = parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "type", name + " must be " + expected);
        }
        where.append(where.length() == 0 ? " WHERE " : " AND ").append('(').append(condition).append(')');
        for (int i = condition.indexOf('?'); i >= 0; i = condition.indexOf('?', i + 1)) {
            params.add(parsed);
        }
    }
}
