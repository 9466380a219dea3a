package org.linli.console.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class ConsoleServletTest {

    @Test
    public void aTileAddressGivesTheOriginTheConsoleMayLoadImagesFrom() {
        assertEquals("https://tiles.example.gov.cn", ConsoleServlet.tileOrigin("https://tiles.example.gov.cn/{z}/{x}/{y}.png"));
        assertEquals("http://10.0.0.5:8080", ConsoleServlet.tileOrigin("http://10.0.0.5:8080/wmts?z={z}&x={x}&y={y}"));
    }

    @Test
    public void anAddressThatCouldWidenThePagesPolicyOrMissesACoordinateIsRefused() {
        assertNull(ConsoleServlet.tileOrigin("https://tiles.example.gov.cn/{z}/{x}.png"));
        assertNull(ConsoleServlet.tileOrigin("javascript:alert(1)//{z}{x}{y}"));
        assertNull(ConsoleServlet.tileOrigin("/tiles/{z}/{x}/{y}.png"));
        // Each would break out of the meta element or add a directive to the Content-Security-Policy.
        assertNull(ConsoleServlet.tileOrigin("https://a.cn/{z}/{x}/{y}.png\" onload=\"x"));
        assertNull(ConsoleServlet.tileOrigin("https://a.cn/{z}/{x}/{y}.png; script-src *"));
        assertNull(ConsoleServlet.tileOrigin("https://a.cn/{z}/{x}/{y}.png <x>"));
    }
}
