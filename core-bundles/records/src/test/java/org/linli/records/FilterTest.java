package org.linli.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.linli.common.ValidationException;

public class FilterTest {
    private enum Colour { RED, GREEN }

    @Test
    public void everyPlaceholderOfAConditionTakesTheSameParsedValue() {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        Filter.id("t.term_id", "").apply("termId", " 12 ", where, params);
        Filter.activeOn("t.starts_on", "t.ends_on", "").apply("on", "2026-11-23", where, params);
        assertEquals(" WHERE (t.term_id = ?) AND (t.starts_on <= ? AND (t.ends_on IS NULL OR t.ends_on >= ?))", where.toString());
        assertEquals(List.of(12L, Date.valueOf("2026-11-23"), Date.valueOf("2026-11-23")), params);
    }

    @Test
    public void aPrefixEscapesTheWildcardsOfLike() {
        List<Object> params = new ArrayList<>();
        Filter.prefix("t.name", "").apply("name", "50%_张", new StringBuilder(), params);
        assertEquals(List.of("50\\%\\_张%"), params);
    }

    @Test
    public void enumValuesAreCaseInsensitiveAndStoredByName() {
        List<Object> params = new ArrayList<>();
        Filter.enumValue("t.colour", Colour.class, "").apply("colour", "green", new StringBuilder(), params);
        assertEquals(List.of("GREEN"), params);
    }

    @Test
    public void aValueThatDoesNotParseIsAnErrorNamingTheFilter() {
        assertRefused(Filter.id("t.id", ""), "termId", "12a", "a whole number");
        assertRefused(Filter.bool("t.flag", ""), "residentRepresentative", "yes", "true or false");
        assertRefused(Filter.from("t.held_on", ""), "from", "2026-13-01", "a date (yyyy-MM-dd)");
        assertRefused(Filter.enumValue("t.colour", Colour.class, ""), "colour", "BLUE", "one of [RED, GREEN]");
        assertRefused(Filter.text("t.type_code", ""), "typeCode", "a\u0000b", "a text of at most 200 characters, none a control character");
        assertRefused(Filter.prefix("t.name", ""), "name", "王".repeat(201), "a text of at most 200 characters, none a control character");
    }

    private static void assertRefused(Filter filter, String name, String value, String expected) {
        StringBuilder where = new StringBuilder();
        try {
            filter.apply(name, value, where, new ArrayList<>());
            fail(value + " must be refused");
        } catch (ValidationException e) {
            assertEquals(name, e.getErrors().get(0).field());
            assertEquals(name + " must be " + expected, e.getErrors().get(0).message());
            assertEquals("", where.toString());
        }
    }
}
