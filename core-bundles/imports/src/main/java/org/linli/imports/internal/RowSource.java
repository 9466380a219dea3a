package org.linli.imports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.linli.imports.BulkLoad.Row;
import org.linli.imports.ImportFormat;

/**
 * The rows of an import file in the kind's column order, read as they are asked for. What is not
 * the format (a CSV field left open, a line that is not a JSON object, an unknown column) is
 * reported as the row's error through {@link Errors}; a file that cannot be read on from there
 * ends.
 */
final class RowSource implements Iterable<Row> {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).maxStringLength(10_000).build()).build();

    /** Where a row's format errors go. */
    interface Errors {
        void error(long line, String field, String code, String message);
    }

    private final ImportFormat format;
    private final Reader in;
    private final List<String> columns;
    private final Errors errors;
    private final Progress progress;
    private Iterator<Row> rows;

    RowSource(ImportFormat format, Reader in, List<String> columns, Errors errors, Progress progress) {
        this.format = format;
        this.in = in;
        this.columns = columns;
        this.errors = errors;
        this.progress = progress;
    }

    @Override
    /** The rows from where the last iteration stopped: the file is read once. */
    public Iterator<Row> iterator() {
        if (rows == null) {
            try {
                rows = format == ImportFormat.CSV ? csv() : jsonLines();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    private Iterator<Row> csv() throws IOException {
        CsvReader reader = new CsvReader(in);
        List<String> header = reader.next();
        int[] positions = new int[0];
        if (header == null || header.isEmpty()) {
            errors.error(1, "header", "required", "the file must begin with a header naming its columns: " + String.join(",", columns));
            return List.<Row>of().iterator();
        }
        if (header.get(0) != null && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        positions = new int[header.size()];
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            positions[i] = columns.indexOf(name);
            if (positions[i] < 0 || header.subList(0, i).contains(header.get(i))) {
                errors.error(1, "header", "unknown_column", "column " + (i + 1) + " (" + name + ") is not one of " + String.join(",", columns)
                        + (positions[i] >= 0 ? " or is named twice" : ""));
                ok = false;
            }
        }
        if (!ok) {
            return List.<Row>of().iterator();
        }
        int[] at = positions;
        return new Rows() {
            @Override
            Row read() throws IOException {
                while (true) {
                    List<String> fields;
                    try {
                        fields = reader.next();
                    } catch (CsvReader.Malformed e) {
                        errors.error(e.line, "row", "malformed", e.getMessage() + "; the file is read no further");
                        return null;
                    }
                    if (fields == null) {
                        return null;
                    }
                    if (fields.isEmpty()) {
                        continue;
                    }
                    long line = reader.recordLine();
                    if (fields.size() != at.length) {
                        errors.error(line, "row", "columns", "the row has " + fields.size() + " fields where the header names " + at.length);
                        progress.read();
                        continue;
                    }
                    String[] values = new String[columns.size()];
                    for (int i = 0; i < at.length; i++) {
                        values[at[i]] = fields.get(i);
                    }
                    return new Row(line, values);
                }
            }
        };
    }

    private Iterator<Row> jsonLines() throws IOException {
        JsonParser parser = JSON.createParser(in);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        return new Rows() {
            /** The line the object being read began on; 0 between objects. */
            private long begun;

            @Override
            Row read() throws IOException {
                try {
                    return readObject();
                } catch (JsonProcessingException e) {
                    errors.error(begun > 0 ? begun : e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "row", "malformed",
                            "not JSON: " + e.getOriginalMessage() + "; the file is read no further");
                    return null;
                }
            }

            private Row readObject() throws IOException {
                while (true) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        return null;
                    }
                    long line = parser.currentLocation().getLineNr();
                    begun = line;
                    if (token != JsonToken.START_OBJECT) {
                        errors.error(line, "row", "malformed", "each line must be one JSON object; the file is read no further");
                        return null;
                    }
                    String[] values = new String[columns.size()];
                    boolean[] seen = new boolean[columns.size()];
                    boolean wrong = false;
                    for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                        String name = parser.currentName();
                        Integer at = index.get(name);
                        JsonToken value = parser.nextToken();
                        if (at == null || seen[at]) {
                            errors.error(line, name, "unknown_column", at == null ? "not one of " + String.join(",", columns) : "named twice");
                            parser.skipChildren();
                            wrong = true;
                        } else if (value.isScalarValue()) {
                            seen[at] = true;
                            values[at] = value == JsonToken.VALUE_NULL ? null : parser.getText();
                        } else {
                            errors.error(line, name, "type", name + " must be text, a number or null");
                            parser.skipChildren();
                            wrong = true;
                        }
                    }
                    begun = 0;
                    if (!wrong) {
                        return new Row(line, values);
                    }
                    progress.read();
                }
            }
        };
    }

    /** Rows read one ahead, counted as they are handed out. */
    private abstract class Rows implements Iterator<Row> {
        private Row next;
        private boolean ended;

        abstract Row read() throws IOException;

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                try {
                    next = read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ended = next == null;
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            progress.read();
            return row;
        }
    }
}
