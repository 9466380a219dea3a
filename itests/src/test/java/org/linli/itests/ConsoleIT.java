package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The web console's pages as the distribution serves them at /console: the page for every path of
 * the console's router, its built files, a policy that lets the page load and reach only its own
 * origin, and nothing outside the built files; {@code /} leads there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConsoleIT extends LinliTestSupport {

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void thePageAndItsFilesAreServedUnderAStrictPolicy() {
        Answer page = call("GET", "/console/", null, null, null, null);
        assertEquals(200, page.status());
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy, policy.contains("script-src 'self'") && policy.contains("connect-src 'self'") && policy.contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        // A link into the console opens the same page, whose router then shows where it points.
        assertEquals(page.body(), call("GET", "/console/kinds/territory/nodes", null, null, null, null).body());
        assertEquals(302, call("GET", "/console", null, null, null, null).status());
        // The platform's own address leads to the console, and to nothing else.
        Answer root = call("GET", "/", null, null, null, null);
        assertEquals(root.toString(), 303, root.status());
        assertTrue(root.headers().firstValue("Location").orElseThrow(), root.headers().firstValue("Location").orElseThrow().endsWith("/console/"));
        assertEquals(404, call("GET", "/users.properties", null, null, null, null).status());

        Matcher script = Pattern.compile("src=\"(/console/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(page.body(), script.find());
        Answer code = call("GET", script.group(1), null, null, null, null);
        assertEquals(200, code.status());
        assertTrue(code.contentType(), code.contentType().startsWith("text/javascript"));
        assertTrue(code.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
    }

    @Test
    public void nothingButTheBuiltFilesIsServed() {
        for (String path : new String[] {"/console/assets/missing.js", "/console/../etc/users.properties", "/console/%2e%2e/etc/x.js",
                "/console/org/linli/console/internal/ConsoleServlet.class", "/console/META-INF/MANIFEST.MF"}) {
            int status = call("GET", path, null, null, null, null).status();
            assertTrue(path + " -> " + status, status == 404 || status == 400);
        }
    }
}
