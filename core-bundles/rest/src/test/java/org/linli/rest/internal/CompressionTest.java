package org.linli.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CompressionTest {

    @Test
    public void gzipIsAcceptedByNameOrStarWithAWeightAboveZero() {
        assertTrue(Compression.acceptsGzip("gzip"));
        assertTrue(Compression.acceptsGzip("deflate, GZIP;q=0.5, br"));
        assertTrue(Compression.acceptsGzip("*"));
        assertTrue(Compression.acceptsGzip("gzip ; q=1.0"));
    }

    @Test
    public void gzipRefusedOrUnnamedIsNotUsed() {
        assertFalse(Compression.acceptsGzip(null));
        assertFalse(Compression.acceptsGzip(""));
        assertFalse(Compression.acceptsGzip("identity"));
        assertFalse(Compression.acceptsGzip("br, deflate"));
        assertFalse(Compression.acceptsGzip("gzip;q=0"));
        assertFalse(Compression.acceptsGzip("gzip;q=0.000"));
        assertFalse(Compression.acceptsGzip("gzip;q=nonsense"));
        assertFalse(Compression.acceptsGzip("x-gzip-not"));
    }
}
