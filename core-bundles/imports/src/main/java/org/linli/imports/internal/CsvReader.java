package org.linli.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time: fields separated by commas, quoted with {@code "} when
 * they hold a comma, a quote or a line break, a quote inside doubled. Lines end with CRLF or LF.
 * An empty unquoted field is {@code null}; {@code ""} is the empty text.
 */
final class CsvReader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private int peeked = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record read began on. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or {@code null} at the end; a blank line is an empty list. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new Malformed(recordLine, "a quoted field is not closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                fields.add(field.length() == 0 && !wasQuoted ? null : field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                    c = '\n';
                }
                if (c == '\n' || c == -1) {
                    if (c == '\n') {
                        line++;
                    }
                    return fields.size() == 1 && fields.get(0) == null ? List.of() : fields;
                }
            } else if (wasQuoted) {
                throw new Malformed(recordLine, "text after a closing quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        peeked = c;
    }

    /** A file that is not CSV from this line on. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        Malformed(long line, String message) {
            super(message);
            this.line = line;
        }
    }
}
