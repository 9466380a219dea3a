package org.linli.services.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** A cell a spreadsheet would run as a formula is written as text and read back as it was. */
public class CsvTest {
    @Test
    public void formulaCellsAreWrittenBehindAnApostrophe() {
        assertEquals("'=1+2,'+86,'-5,'@SUM(A1),'\t1,a=b,\r\n", Csv.line(List.of("=1+2", "+86", "-5", "@SUM(A1)", "\t1", "a=b", "")));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", Csv.line(List.of("=HYPERLINK(\"http://x\",\"y\")")));
    }

    @Test
    public void whatWasWrittenIsReadBackUnchanged() {
        List<String> cells = List.of("=1+2", "+86", "-5", "@SUM(A1)", "\t1", "'quoted'", "'", "a,b", "多行\n文本", "");
        assertEquals(List.of(cells), Csv.parse(Csv.line(cells)));
    }
}
