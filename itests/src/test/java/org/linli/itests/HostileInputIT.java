package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Several hundred generated malformed or hostile requests against both doors: every answer must
 * be a 4xx with a problem body (REST) or a SOAP fault, never a server error, and nothing stored
 * may change.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HostileInputIT extends LinliTestSupport {
    private static final String[] HOSTILE_TEXT = {
        "", " ", "\\u0000", "' OR '1'='1", "'; DROP TABLE resident; --", "%", "_", "\\", "<script>alert(1)</script>",
        "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "\\ud800", "王".repeat(101), "x".repeat(70_000), "\n\r\t",
    };
    /** What no name may be: blank, too long, control characters, markup. */
    private static final String[] HOSTILE_NAMES = {
        "", " ", "\\u0000", "\\u0007", "<script>alert(1)</script>", "王".repeat(101), "x".repeat(70_000), "a\\nb",
    };
    private static final String[] HOSTILE_JSON_VALUES = {
        "null", "true", "-1", "0", "1e400", "99999999999999999999999", "3.5", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"",
        "\"" + "9".repeat(40) + "\"", "NaN", "Infinity",
    };

    @javax.inject.Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=linli)")
    private javax.sql.DataSource dataSource;

    private RestIT.Tree tree;
    private String existingId;
    private long organisation;
    private long worker;
    private long offer;
    private long contest;
    private long talent;

    @Before
    public void setUp() throws InterruptedException {
        awaitUp();
        tree = new RestIT.Tree();
        existingId = freshIdNumber();
        RestIT.id(post("/api/v1/residents", RestIT.resident(existingId, "已在", tree.dwelling)));
        organisation = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "已在居委会", tree.community, null, null);
        worker = StaffIT.worker(tree.community, "已在工作者");
        long provider = OrganisationsIT.organisation("SOCIAL_ORGANISATION", "已在社工", tree.community, null, "professional-service");
        offer = RestIT.id(post("/api/v1/service-offers", Map.of("organisationId", provider, "title", "已在服务", "category", "心理服务",
                "pricing", "FREE", "offeredFrom", "2025-01-01")));
        contest = RestIT.id(post("/api/v1/venture-contests", Map.of("nodeId", tree.street, "name", "已在大赛",
                "callOpensOn", "2025-11-01", "callClosesOn", "2025-11-30")));
        talent = RestIT.id(post("/api/v1/talents", Map.of("communityId", tree.community, "personName", "已在能人", "skills", "园艺",
                "registeredOn", "2025-10-01")));
    }

    @Test
    public void hostileRequestsGetClientErrorsAndChangeNothing() {
        Map<String, Long> before = counts();
        long auditBefore = audit();
        long lookUpsBefore = auditedLookUps();
        List<String[]> requests = new ArrayList<>();
        Random random = new Random(11643);

        // Every field of every writable resource, set to every hostile value.
        Map<String, Map<String, Object>> valid = new LinkedHashMap<>();
        valid.put("/api/v1/residents", RestIT.resident(freshIdNumber(), "合法", tree.dwelling));
        valid.put("/api/v1/households", RestIT.household("HX" + serial(), tree.dwelling,
                List.of(RestIT.member(freshIdNumber(), "户主", "HEAD", tree.dwelling))));
        valid.put("/api/v1/territory/nodes", RestIT.node(tree.grid, "BUILDING", "BX" + serial(), "合法楼"));
        // The registers, with the fields that have no free text (free text such as a meeting's title may hold anything).
        valid.put("/api/v1/organisations", new LinkedHashMap<>(Map.of("kind", "RESIDENTS_COMMITTEE", "name", "合法居委会",
                "communityId", tree.community)));
        valid.put("/api/v1/terms", new LinkedHashMap<>(Map.of("organisationId", organisation, "startsOn", "2030-01-01",
                "endsOn", "2034-12-31")));
        valid.put("/api/v1/workers", new LinkedHashMap<>(Map.of("name", "合法工作者", "communityId", tree.community,
                "post", "full-time-worker", "hiredOn", "2020-05-01")));
        valid.put("/api/v1/visits", new LinkedHashMap<>(Map.of("workerId", worker, "visitedOn", "2025-11-17", "minutes", 30,
                "dwellingId", tree.dwelling, "purpose", "routine")));
        valid.put("/api/v1/service-orders", new LinkedHashMap<>(Map.of("offerId", offer, "organisationId", organisation,
                "orderedOn", "2025-11-17", "status", "ORDERED")));
        valid.put("/api/v1/venture-projects", new LinkedHashMap<>(Map.of("contestId", contest, "communityId", tree.community,
                "talentId", talent, "field", "culture", "proposedOn", "2025-11-17", "status", "PROPOSED", "title", "合法项目")));
        for (Map.Entry<String, Map<String, Object>> resource : valid.entrySet()) {
            String body = json(resource.getValue());
            for (String field : resource.getValue().keySet()) {
                if (field.equals("title")) {
                    continue; // free text: any string is a title, and "9999…" is a string
                }
                if (field.equals("members")) {
                    for (String members : new String[] {"{}", "[1]", "[null]", "[[]]", "[{}]", "\"x\"", "[{\"idNumber\":null}]"}) {
                        requests.add(new String[] {"POST", resource.getKey(), replace(body, field, members)});
                    }
                    continue;
                }
                for (String value : HOSTILE_JSON_VALUES) {
                    if (field.equals("name") && value.startsWith("\"9")) {
                        continue; // forty nines may well name a dwelling
                    }
                    requests.add(new String[] {"POST", resource.getKey(), replace(body, field, value)});
                }
                for (String text : field.equals("name") ? HOSTILE_NAMES : HOSTILE_TEXT) {
                    requests.add(new String[] {"POST", resource.getKey(), replace(body, field, "\"" + text + "\"")});
                }
            }
            // Broken shapes of the whole body.
            for (String broken : new String[] {"", "{", "}", "[", "null", "[]", "\"text\"", "42", "{\"a\":", "{'a':1}",
                    body.substring(0, body.length() / 2), body + "}", "{\"unknown\":1}", "[" + body + "]",
                    "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)}) {
                requests.add(new String[] {"POST", resource.getKey(), broken});
            }
        }
        // Wrong check digits, impossible dates, unknown provinces, a registered ID number again.
        for (int i = 0; i < 40; i++) {
            String id = freshIdNumber();
            String[] wrong = {withWrongCheck(id), id.substring(0, 10) + "1399" + id.substring(14), "99" + id.substring(2), existingId};
            requests.add(new String[] {"POST", "/api/v1/residents",
                    json(RestIT.resident(wrong[random.nextInt(wrong.length)], "错号", tree.dwelling))});
        }
        // Hostile query parameters.
        Map<String, String> parameters = Map.ofEntries(Map.entry("page", "/api/v1/residents"), Map.entry("size", "/api/v1/residents"),
                Map.entry("nodeId", "/api/v1/residents"), Map.entry("householdId", "/api/v1/residents"),
                Map.entry("withinId", "/api/v1/territory/nodes"), Map.entry("parentId", "/api/v1/territory/nodes"),
                Map.entry("level", "/api/v1/territory/nodes"), Map.entry("on", "/api/v1/memberships"),
                Map.entry("residentRepresentative", "/api/v1/memberships"), Map.entry("from", "/api/v1/visits"),
                Map.entry("kind", "/api/v1/organisations"));
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            for (String value : new String[] {"-1", "abc", "1e9", "99999999999999999999", "%27%20OR%201%3D1", "%00", "0x10",
                    "%25", "1;DROP", "999999999"}) {
                requests.add(new String[] {"GET", parameter.getValue() + "?" + parameter.getKey() + "=" + value, null});
            }
        }
        // Texts that SQL cannot compare (PostgreSQL refuses NUL outright), in text filters of the registers.
        for (String query : new String[] {"/api/v1/organisations?typeCode=%00", "/api/v1/workers?name=a%00", "/api/v1/codes?list=%00",
                "/api/v1/workers?post=" + "x".repeat(201), "/api/v1/meetings?type=%01"}) {
            requests.add(new String[] {"GET", query, null});
        }
        // And in the searches the registers write by hand.
        for (String query : new String[] {"/api/v1/residents?name=", "/api/v1/residents?idNumber=", "/api/v1/households?number=",
                "/api/v1/territory/nodes?code=", "/api/v1/territory/nodes?name=", "/api/v1/audit?user=", "/api/v1/audit?action=",
                "/api/v1/audit?entity=", "/api/v1/audit?entityId=", "/api/v1/policy/findings?communityId=" + tree.community + "&ruleId="}) {
            for (String value : new String[] {"%00", "a%01", "x".repeat(201)}) {
                requests.add(new String[] {"GET", query + value, null});
            }
        }
        for (String id : new String[] {"abc", "-1", "0", "99999999999999999999", "1.5", "%20", "null"}) {
            for (String path : new String[] {"/api/v1/residents/", "/api/v1/households/", "/api/v1/territory/nodes/",
                    "/api/v1/organisations/", "/api/v1/workers/", "/api/v1/elections/"}) {
                requests.add(new String[] {"GET", path + id, null});
                requests.add(new String[] {"DELETE", path + id, null});
                requests.add(new String[] {"PUT", path + id, "{}"});
            }
        }
        // Illegal transitions.
        requests.add(new String[] {"DELETE", "/api/v1/territory/nodes/" + tree.community, null});
        requests.add(new String[] {"PUT", "/api/v1/territory/nodes/" + tree.grid,
                json(RestIT.node(tree.district, "GRID", "G-up-" + serial(), "升级"))});
        requests.add(new String[] {"PUT", "/api/v1/territory/nodes/" + tree.grid,
                json(RestIT.node(tree.community, "STREET", "G-lv-" + serial(), "改层"))});
        requests.add(new String[] {"POST", "/api/v1/households", json(RestIT.household("H2H" + serial(), tree.dwelling,
                List.of(RestIT.member(freshIdNumber(), "甲", "HEAD", tree.dwelling), RestIT.member(freshIdNumber(), "乙", "HEAD", tree.dwelling))))});
        // Wrong methods and media types.
        requests.add(new String[] {"PATCH", "/api/v1/residents", "{}"});
        requests.add(new String[] {"POST", "/api/v1/health", "{}"});
        requests.add(new String[] {"POST", "/api/v1/residents", "<resident/>"});
        // Bodies past the 1 MiB limit.
        requests.add(new String[] {"POST", "/api/v1/residents", "{\"name\":\"" + "x".repeat(2 << 20) + "\"}"});
        requests.add(new String[] {"POST", "/api/v1/households", "[" + "1,".repeat(1 << 20) + "1]"});

        int checked = 0;
        for (String[] r : requests) {
            Answer answer = call(r[0], r[1], r[2], "demo", "demo");
            String what = r[0] + " " + r[1] + " " + (r[2] == null ? "" : r[2].substring(0, Math.min(120, r[2].length())));
            assertTrue(what + " -> " + answer, answer.status() >= 400 && answer.status() < 500);
            assertTrue(what + " -> " + answer, answer.contentType().startsWith("application/problem+json"));
            assertEquals(what, answer.status(), answer.json().path("status").asInt());
            assertTrue(what, !answer.body().contains("Exception") && !answer.body().contains("\tat "));
            checked++;
        }

        // Injection into free-text searches is a search like any other: it finds nothing.
        for (String parameter : new String[] {"name", "idNumber"}) {
            for (String value : new String[] {"%27%20OR%20%271%27%3D%271", "%25", "_", "%27%3B%20DROP%20TABLE%20resident%3B--",
                    "%5C", "*"}) {
                Answer answer = get("/api/v1/residents?" + parameter + "=" + value);
                assertEquals(parameter + "=" + value + " -> " + answer, 200, answer.status());
                assertEquals(parameter + "=" + value, 0, answer.json().path("total").asLong());
            }
        }

        // The SOAP door: XXE, broken XML, wrong types.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<ns:findResidents xmlns:ns=\"http://linli.org/soap/v1\"><name>&e;</name></ns:findResidents>");
        List<String> soap = new ArrayList<>(List.of(xxe, envelope("<x>" + "y".repeat(2 << 20) + "</x>"), "<not-soap/>", "", "<soap:Envelope", envelope("<ns:getResident xmlns:ns=\"http://linli.org/soap/v1\"><id>abc</id></ns:getResident>"),
                envelope("<ns:noSuchOperation xmlns:ns=\"http://linli.org/soap/v1\"/>"),
                envelope("<ns:createResident xmlns:ns=\"http://linli.org/soap/v1\"/>"),
                envelope("<ns:createResident xmlns:ns=\"http://linli.org/soap/v1\"><resident><idNumber>" + withWrongCheck(freshIdNumber())
                        + "</idNumber><name>x</name><dwellingId>" + tree.dwelling + "</dwellingId></resident></ns:createResident>"),
                envelope("<ns:findResidents xmlns:ns=\"http://linli.org/soap/v1\"><size>100000</size></ns:findResidents>"),
                envelope("<ns:findNodes xmlns:ns=\"http://linli.org/soap/v1\"><level>PLANET</level></ns:findNodes>"),
                envelope("<ns:findNodes xmlns:ns=\"http://linli.org/soap/v1\"><code>" + "x".repeat(201) + "</code></ns:findNodes>"),
                envelope("<ns:findResidents xmlns:ns=\"http://linli.org/soap/v1\"><name>" + "王".repeat(201) + "</name></ns:findResidents>")));
        for (String text : HOSTILE_TEXT) {
            soap.add(envelope("<ns:createResident xmlns:ns=\"http://linli.org/soap/v1\"><resident><idNumber>" + escape(text)
                    + "</idNumber><name>" + escape(text) + "</name><dwellingId>" + tree.dwelling + "</dwellingId></resident></ns:createResident>"));
        }
        for (String body : soap) {
            String service = body.contains("findNodes") ? "/soap/territory" : "/soap/residents";
            Answer answer = call("POST", service, body, "demo", "demo");
            String what = "SOAP " + body.substring(0, Math.min(160, body.length()));
            assertTrue(what + " -> " + answer, answer.status() == 500 || (answer.status() >= 400 && answer.status() < 500));
            // SOAP 1.1 answers every fault with HTTP 500; it must still be the caller's (Client),
            // never the server's, and say nothing of parsers, classes or values.
            assertTrue(what + " -> " + answer, answer.status() < 500 || answer.body().contains("Client</faultcode>"));
            for (String leak : new String[] {"root:", "\tat ", "Exception", "Unmarshalling", "For input string", "org.apache"}) {
                assertTrue(what + " -> " + answer, !answer.body().contains(leak));
            }
            checked++;
        }
        assertTrue("at least 500 hostile requests, not " + checked, checked >= 500);
        assertEquals(before, counts());
        // The audit log grew by the refused attempts at a taken number and the searches by one,
        // and by nothing else.
        assertEquals(auditedLookUps() - lookUpsBefore, audit() - auditBefore);
    }

    private static final String AUDIT = "/api/v1/audit";

    /**
     * What the administrator sees of every register the REST door lists (each path of the OpenAPI
     * document with a paged search): the whole territory, counted before and after.
     */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        JsonNode paths = get("/api/v1/openapi.json").json().path("paths");
        paths.fieldNames().forEachRemaining(path -> {
            JsonNode search = paths.path(path).path("get");
            if (!path.contains("{") && !path.equals("/audit") && search.path("parameters").findValuesAsText("name").contains("size")) {
                // A search that needs a parameter (findings need their community and rule) counts nothing alone.
                Answer page = get("/api/v1" + path + "?size=1");
                if (page.status() == 200) {
                    counts.put(path, page.json().path("total").asLong());
                }
            }
        });
        assertTrue("every register is counted: " + counts.keySet(), counts.size() >= 40 && counts.containsKey("/residents"));
        return counts;
    }

    /**
     * What a stolen application connection (an injection, a leaked password) could do to the audit
     * log. On PostgreSQL Linli runs as a role that does not own the schema: it may append to the
     * log and nothing more. H2 is embedded in Linli's own process and has one user, the owner.
     */
    @Test
    public void theApplicationsDatabaseRoleCannotUndoTheAuditLog() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            if (!onPostgres()) {
                assertEquals("SA", connection.getMetaData().getUserName());
                return;
            }
            assertEquals(APPLICATION_ROLE, connection.getMetaData().getUserName());
            long entries = audit();
            assertTrue(entries > 0);
            for (String change : new String[] {
                "TRUNCATE audit_entry", "UPDATE audit_entry SET reason = 'x'", "DELETE FROM audit_entry",
                "DROP TRIGGER audit_entry_append_only ON audit_entry", "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
                "DROP TABLE audit_entry", "CREATE TABLE audit_shadow (id BIGINT)"}) {
                try {
                    statement.execute(change);
                    throw new AssertionError("the application's role must not: " + change);
                } catch (java.sql.SQLException e) {
                    assertEquals(change + ": " + e.getMessage(), "42501", e.getSQLState());
                }
            }
            assertEquals(entries, audit());
        }
    }

    private static long audit() {
        return get(AUDIT + "?size=1").json().path("total").asLong();
    }

    private static long auditedLookUps() {
        return get(AUDIT + "?action=refused&size=1").json().path("total").asLong()
                + get(AUDIT + "?action=search&size=1").json().path("total").asLong();
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Keeps numbers as written: 1e400 stays 1E+400 rather than turning into "Infinity". */
    private static final com.fasterxml.jackson.databind.ObjectMapper EXACT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static String replace(String body, String field, String value) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) EXACT.readTree(body);
            node.set(field, EXACT.readTree(value));
            return EXACT.writeValueAsString(node);
        } catch (java.io.IOException e) {
            // Not JSON on its own (NaN, a lone surrogate): splice the text in as it is.
            return body.replaceFirst("\"" + field + "\":[^,}]*", "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(value));
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
