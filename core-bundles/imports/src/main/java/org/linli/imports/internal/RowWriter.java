package org.linli.imports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.linli.imports.ImportFormat;

/** Writes an export in the format an import reads back. */
abstract class RowWriter implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    protected final List<String> columns;
    private long rows;

    private RowWriter(List<String> columns) {
        this.columns = columns;
    }

    static RowWriter of(ImportFormat format, OutputStream out, List<String> columns) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return format == ImportFormat.CSV ? new Csv(writer, columns) : new JsonLines(writer, columns);
    }

    final void row(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        write(values);
        rows++;
    }

    final long rows() {
        return rows;
    }

    abstract void write(Object[] values) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Csv extends RowWriter {
        private final Writer out;

        Csv(Writer out, List<String> columns) throws IOException {
            super(columns);
            this.out = out;
            out.write(String.join(",", columns));
            out.write("\r\n");
        }

        @Override
        void write(Object[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (values[i] != null) {
                    String text = values[i].toString();
                    boolean quote = text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                            || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
                    out.write(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
                }
            }
            out.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class JsonLines extends RowWriter {
        private final Writer out;
        private final JsonGenerator json;

        JsonLines(Writer out, List<String> columns) throws IOException {
            super(columns);
            this.out = out;
            this.json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
        }

        @Override
        void write(Object[] values) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Double number) {
                    json.writeNumberField(columns.get(i), number);
                } else if (values[i] instanceof Long number) {
                    json.writeNumberField(columns.get(i), number);
                } else if (values[i] != null) {
                    json.writeStringField(columns.get(i), values[i].toString());
                }
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }

        @Override
        public void close() throws IOException {
            json.flush();
            out.flush();
        }
    }
}
