package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The web console's session over the REST door: signed in once with the password, the browser
 * holds an HttpOnly, SameSite=Strict cookie; its reads pass, its writes only with the session's
 * anti-forgery token; signing out ends it; a page's script gets no Basic challenge.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SessionIT extends LinliTestSupport {

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void aSessionReadsWithItsCookieAndWritesOnlyWithItsToken() {
        Answer signedIn = call("POST", "/api/v1/session", null, "staff", "staff");
        assertEquals(signedIn.toString(), 201, signedIn.status());
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie, setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/api"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        JsonNode who = signedIn.json();
        assertEquals("staff", who.path("user").asText());
        String csrf = who.path("csrf").asText();
        assertEquals(43, csrf.length());
        assertTrue(who.path("permissions").toString().contains("RESIDENT_READ"));
        assertFalse(who.path("permissions").toString().contains("USERS_MANAGE"));

        // A read with the cookie alone is the staff member's: their jurisdiction, their masks.
        Answer read = call("GET", "/api/v1/residents?size=1", null, null, null, null, "Cookie", cookie);
        assertEquals(read.toString(), 200, read.status());
        assertEquals(csrf, call("GET", "/api/v1/session", null, null, null, null, "Cookie", cookie).json().path("csrf").asText());

        // A write without the token, or with another, is refused before it reaches any service.
        Map<String, Object> node = Map.of("parentId", 1, "level", "DISTRICT", "code", "csrf-" + serial(), "name", "伪造");
        Answer forged = call("POST", "/api/v1/territory/nodes", text(node), "application/json", null, null, "Cookie", cookie);
        assertEquals(forged.toString(), 403, forged.status());
        Answer guessed = call("POST", "/api/v1/territory/nodes", text(node), "application/json", null, null, "Cookie", cookie,
                "X-CSRF-Token", csrf.substring(1) + "A");
        assertEquals(guessed.toString(), 403, guessed.status());
        // With it, the write reaches the service as the caller's own: the city lies outside a community worker's jurisdiction.
        Answer own = call("POST", "/api/v1/territory/nodes", text(node), "application/json", null, null, "Cookie", cookie,
                "X-CSRF-Token", csrf);
        assertEquals(own.toString(), 400, own.status());
        assertEquals("parentId", own.errorField());
        assertEquals("not_found", own.errorCode());

        // Signing out ends the session and clears the cookie; the cookie then opens nothing.
        Answer out = call("DELETE", "/api/v1/session", null, null, null, null, "Cookie", cookie, "X-CSRF-Token", csrf);
        assertEquals(out.toString(), 204, out.status());
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        Answer after = call("GET", "/api/v1/residents?size=1", null, null, null, null, "Cookie", cookie);
        assertEquals(after.toString(), 401, after.status());
    }

    @Test
    public void aMadeUpCookieOpensNothingAndAScriptGetsNoBasicChallenge() {
        Answer madeUp = call("GET", "/api/v1/residents", null, null, null, null, "Cookie", "LINLI_SESSION=" + "A".repeat(43));
        assertEquals(madeUp.toString(), 401, madeUp.status());
        assertTrue(madeUp.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        Answer browser = call("GET", "/api/v1/residents", null, null, null, null);
        assertNotNull(browser.headers().firstValue("WWW-Authenticate").orElse(null));
        Answer script = call("GET", "/api/v1/residents", null, null, null, null, "X-Requested-With", "XMLHttpRequest");
        assertEquals(401, script.status());
        assertEquals(List.of(), script.headers().allValues("WWW-Authenticate"));
        // A wrong password signs nobody in.
        assertEquals(401, call("POST", "/api/v1/session", null, "staff", "wrong").status());
    }

    private static String text(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
