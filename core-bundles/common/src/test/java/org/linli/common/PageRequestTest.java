package org.linli.common;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PageRequestTest {

    @Test
    public void aPageIsNamedByItsNumberOrByTheIdItFollows() {
        PageRequest numbered = PageRequest.of(3, 50);
        assertEquals(150, numbered.offset());
        assertNull(numbered.after());
        PageRequest keyset = PageRequest.of(null, 50, 1_000_000L);
        assertEquals(0, keyset.offset());
        assertEquals(Long.valueOf(1_000_000L), keyset.after());
    }

    @Test
    public void bothAtOnceOrANegativeIdIsRefusedNamingAfter() {
        assertEquals("after", assertThrows(ValidationException.class, () -> PageRequest.of(1, 20, 5L)).getErrors().get(0).field());
        assertEquals("after", assertThrows(ValidationException.class, () -> PageRequest.of(0, 20, -1L)).getErrors().get(0).field());
    }

    @Test
    public void aListNotOrderedByIdRefusesAKeysetPage() {
        assertEquals(PageRequest.of(2, 20), PageRequest.of(2, 20).requireNumbered());
        ValidationException refused = assertThrows(ValidationException.class, () -> PageRequest.of(0, 20, 7L).requireNumbered());
        assertEquals("after", refused.getErrors().get(0).field());
        assertEquals("unsupported", refused.getErrors().get(0).code());
    }

    @Test
    public void deepNumberedPagesAreRefusedButDeepKeysetPagesAreNot() {
        assertEquals("page", assertThrows(ValidationException.class, () -> PageRequest.of(200_001, 50)).getErrors().get(0).field());
        assertEquals(Long.valueOf(50_000_000L), PageRequest.of(0, 50, 50_000_000L).after());
    }
}
