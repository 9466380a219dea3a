package org.linli.records;

import java.util.List;

/**
 * A search filter of a kind of record as callers see it: the query parameter's name, the type of
 * its value ({@link FieldType#LONG}, {@link FieldType#DATE}, …), the values of an enumeration, and
 * what it selects in English.
 */
public record FilterDescription(String name, FieldType type, List<String> values, String description) {
}
