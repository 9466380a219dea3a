package org.linli.imports.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.linli.imports.BulkLoad.Row;
import org.linli.imports.ImportFormat;

public class RowSourceTest {
    private static final List<String> COLUMNS = List.of("code", "name", "note");

    private final List<String> errors = new ArrayList<>();
    private final Progress progress = new Progress("t", "kind", ImportFormat.CSV, "tester", Instant.EPOCH);

    private List<Row> read(ImportFormat format, String text) {
        List<Row> rows = new ArrayList<>();
        new RowSource(format, new StringReader(text), COLUMNS, (line, field, code, message) -> errors.add(line + " " + field + " " + code),
                progress).forEach(rows::add);
        return rows;
    }

    @Test
    public void csvAsRfc4180WritesItInAnyColumnOrder() {
        List<Row> rows = read(ImportFormat.CSV, "\uFEFFname,code,note\r\n"
                + "\"王, 一\",A1,\"说\"\"好\"\"\"\r\n"
                + "\r\n"
                + "李二,A2,\"两\nlines\"\n"
                + "张三,A3,\"\"\n"
                + ",A4,");
        assertEquals(List.of(), errors);
        assertEquals(4, rows.size());
        assertEquals("A1", rows.get(0).value(0));
        assertEquals("王, 一", rows.get(0).value(1));
        assertEquals("说\"好\"", rows.get(0).value(2));
        assertEquals(2, rows.get(0).line());
        assertEquals("two lines are one field", "两\nlines", rows.get(1).value(2));
        assertEquals(4, rows.get(1).line());
        assertEquals("a quoted empty field is the empty text", "", rows.get(2).value(2));
        assertEquals(6, rows.get(2).line());
        assertNull("an unquoted empty field is no value", rows.get(3).value(1));
        assertNull(rows.get(3).value(2));
        assertEquals(4, progress.running().rowsRead());
    }

    @Test
    public void csvRowsThatAreNotTheHeadersShapeAreErrorsOfTheirLine() {
        List<Row> rows = read(ImportFormat.CSV, "code,name\nA1,一\nA2\nA3,三,多\nA4,\"四\" x\nA5,五\n");
        assertEquals(List.of("3 row columns", "4 row columns", "5 row malformed"), errors);
        assertEquals("a file read no further after text it cannot parse", 1, rows.size());
    }

    @Test
    public void aHeaderNamingAnUnknownOrRepeatedColumnReadsNoRows() {
        assertEquals(0, read(ImportFormat.CSV, "code,colour,code\nA1,red,A1\n").size());
        assertEquals(List.of("1 header unknown_column", "1 header unknown_column"), errors);
        errors.clear();
        assertEquals(0, read(ImportFormat.CSV, "").size());
        assertEquals(List.of("1 header required"), errors);
    }

    @Test
    public void jsonLinesAreObjectsOfScalarsByColumnName() {
        List<Row> rows = read(ImportFormat.JSON_LINES, "{\"code\": \"A1\", \"name\": \"一\", \"note\": 12}\n"
                + "\n"
                + "{\"code\": \"A2\", \"name\": null}\n"
                + "{\"code\": \"A3\", \"colour\": \"red\"}\n"
                + "{\"code\": [\"A4\"]}\n"
                + "{\"code\": \"A5\"}\n"
                + "{\"code\": \"A6\"\n");
        assertEquals(List.of("4 colour unknown_column", "5 code type", "7 row malformed"), errors);
        assertEquals(3, rows.size());
        assertEquals("12", rows.get(0).value(2));
        assertNull(rows.get(1).value(1));
        assertEquals(3, rows.get(1).line());
        assertEquals("A5", rows.get(2).value(0));
        assertEquals(6, rows.get(2).line());
    }

    @Test
    public void aLineThatIsNotAnObjectEndsTheFile() {
        assertEquals(0, read(ImportFormat.JSON_LINES, "[1]\n{\"code\": \"A1\"}\n").size());
        assertEquals(List.of("1 row malformed"), errors);
    }
}
