package org.linli.services.internal;

import java.util.ArrayList;
import java.util.List;
import org.linli.common.ValidationException;

/**
 * RFC 4180 comma-separated values: quoted fields may hold commas, quotes ("") and line breaks.
 * A spreadsheet runs a cell that begins with {@code = + - @}, a tab or a carriage return as a
 * formula (CSV injection), so such a cell is written behind an apostrophe, which the spreadsheet
 * shows as text and {@link #parse} takes off again.
 */
final class Csv {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell(field));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell(field));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ValidationException("body", "format", "a quoted field is not closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(cell(field));
            rows.add(row);
        }
        return rows;
    }

    private static String cell(StringBuilder field) {
        boolean guarded = field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0;
        return field.substring(guarded ? 1 : 0);
    }

    static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            String value = field == null ? "" : field;
            if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            quoted.add(needs ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
