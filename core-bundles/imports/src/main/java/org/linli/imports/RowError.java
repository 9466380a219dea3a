package org.linli.imports;

/**
 * What is wrong with one row of an import file.
 *
 * @param line    the row's line in the file, the header being line 1 of a CSV file
 * @param field   the column at fault, or {@code row} for the row as a whole
 * @param code    a stable code, as a single write's field errors have ({@code required}, {@code check_digit}, {@code duplicate})
 * @param message what is wrong, in English
 */
public record RowError(long line, String field, String code, String message) {
}
