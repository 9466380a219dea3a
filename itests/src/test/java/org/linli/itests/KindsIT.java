package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * {@code /kinds} describes every kind as its store enforces it: a kind's required fields are the
 * ones an empty record is refused for, its limits the ones a long text is refused at, and every
 * kind it lists answers its five operations, which the OpenAPI document lists as well.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class KindsIT extends LinliTestSupport {

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void everyKindIsDescribedWithChineseAndEnglishLabels() {
        JsonNode kinds = get("/api/v1/kinds").json();
        assertTrue(kinds.toString(), kinds.size() >= 39);
        JsonNode conventions = kind(kinds, "conventions");
        assertEquals("居民公约", conventions.path("labels").path("zh").asText());
        assertEquals("Convention", conventions.path("labels").path("en").asText());
        assertEquals("Convention", conventions.path("soap").path("name").asText());
        JsonNode title = field(conventions, "title");
        assertEquals("TEXT", title.path("type").asText());
        assertTrue(title.path("required").asBoolean());
        assertEquals(200, title.path("maxLength").asInt());
        JsonNode status = field(conventions, "status");
        assertEquals("起草", status.path("values").path(0).path("labels").path("zh").asText());
        assertEquals("dispute", field(kind(kinds, "mediation-cases"), "kind").path("codeList").asText());
        assertEquals(get("/api/v1/kinds/conventions").json(), conventions);
        // Every filter has words above its search box in both languages, its own or its field's.
        for (JsonNode kind : kinds) {
            for (JsonNode filter : kind.path("filters")) {
                for (String language : List.of("zh", "en")) {
                    String label = filter.path("labels").path(language).asText();
                    assertFalse(kind.path("kind").asText() + " " + filter, label.isBlank() || label.equals(filter.path("name").asText()));
                }
            }
        }
        assertEquals(404, get("/api/v1/kinds/no-such-kind").status());
    }

    @Test
    public void aFieldHoldingAnIdSaysWhichKindItPointsAtAndTheDataAgrees() {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "指向测试居委会", tree.community, null, null);
        OrganisationsIT.organisation("SUB_COMMITTEE", "指向测试下属委员会", tree.community, committee, OrganisationsIT.BEIJING_SIX.get(0));
        JsonNode kinds = get("/api/v1/kinds").json();
        assertEquals("households", field(kind(kinds, "visits"), "householdId").path("refers").path("kind").asText());
        assertEquals("DWELLING", field(kind(kinds, "visits"), "dwellingId").path("refers").path("level").asText());
        assertEquals("residents", field(kind(kinds, "workers"), "residentId").path("refers").path("kind").asText());
        assertEquals("workers", field(kind(kinds, "visits"), "workerId").path("refers").path("kind").asText());
        assertEquals("organisations", field(kind(kinds, "organisations"), "parentId").path("refers").path("kind").asText());
        JsonNode community = field(kind(kinds, "organisations"), "communityId").path("refers");
        assertEquals("territory/nodes", community.path("kind").asText());
        assertEquals("COMMUNITY", community.path("level").asText());
        // Each stored reference resolves to a record of the kind described: those above, and what the suite stored before.
        int checked = 0;
        for (JsonNode kind : kinds) {
            List<JsonNode> pointing = new ArrayList<>();
            kind.path("fields").forEach(field -> {
                if (field.has("refers")) {
                    pointing.add(field);
                    kind(kinds, field.path("refers").path("kind").asText());
                }
            });
            if (pointing.isEmpty()) {
                continue;
            }
            for (JsonNode record : get("/api/v1/" + kind.path("kind").asText() + "?size=5").json().path("items")) {
                for (JsonNode field : pointing) {
                    JsonNode id = record.path(field.path("name").asText());
                    if (id.isIntegralNumber()) {
                        JsonNode target = get("/api/v1/" + field.path("refers").path("kind").asText() + "/" + id.asLong()).json();
                        assertEquals(kind.path("kind").asText() + "." + field.path("name").asText(), id.asLong(), target.path("id").asLong());
                        if (field.path("refers").has("level")) {
                            assertEquals(field.path("refers").path("level").asText(), target.path("level").asText());
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue("references checked: " + checked, checked >= 4);
    }

    @Test
    public void aCallerSeesOnlyTheKindsTheirRoleReads() {
        Set<String> all = paths(get("/api/v1/kinds").json());
        // An auditor reads no residents, so none of the population register's kinds.
        Set<String> auditor = paths(getAs("auditor", "/api/v1/kinds").json());
        assertTrue(all.containsAll(auditor));
        assertTrue(auditor.contains("conventions"));
        Set<String> hidden = difference(all, auditor);
        assertTrue(hidden.toString(), hidden.contains("special-group-members"));
        for (String kind : hidden) {
            assertEquals(kind, 404, getAs("auditor", "/api/v1/kinds/" + kind).status());
            assertEquals(kind, 403, getAs("auditor", "/api/v1/" + kind).status());
        }
        assertFalse(getAs("auditor", "/api/v1/kinds/conventions").json().path("writable").asBoolean());
        assertTrue(get("/api/v1/kinds/conventions").json().path("writable").asBoolean());
        assertEquals(401, call("GET", "/api/v1/kinds", null, null, null).status());
    }

    /**
     * Every field declared required is refused when missing. A field required only in some cases
     * (a worker's name, unless taken from the resident record; a visit's dwelling, when it names no
     * household) is not declared required, and an empty record may be refused for it as well.
     */
    @Test
    public void anEmptyRecordIsRefusedForEveryRequiredField() {
        for (JsonNode kind : get("/api/v1/kinds").json()) {
            Set<String> required = new TreeSet<>();
            for (JsonNode field : kind.path("fields")) {
                if (field.path("required").asBoolean() && !field.path("readOnly").asBoolean()) {
                    required.add(field.path("name").asText());
                }
            }
            Answer refused = post("/api/v1/" + kind.path("kind").asText(), "{}");
            assertEquals(kind.path("kind") + ": " + refused, 400, refused.status());
            Set<String> missing = new TreeSet<>();
            for (JsonNode error : refused.json().path("errors")) {
                if (error.path("code").asText().equals("required")) {
                    missing.add(error.path("field").asText());
                }
            }
            assertTrue(kind.path("kind") + " described required " + required + ", refused for " + missing, missing.containsAll(required));
        }
    }

    @Test
    public void aTextLongerThanItsLimitIsRefusedAtThatField() {
        for (JsonNode kind : get("/api/v1/kinds").json()) {
            ObjectNode body = JSON.createObjectNode();
            List<String> limited = new ArrayList<>();
            for (JsonNode field : kind.path("fields")) {
                if (field.path("type").asText().equals("TEXT") && field.has("maxLength") && !field.path("readOnly").asBoolean()) {
                    body.put(field.path("name").asText(), "字".repeat(field.path("maxLength").asInt() + 1));
                    limited.add(field.path("name").asText());
                }
            }
            Answer refused = post("/api/v1/" + kind.path("kind").asText(), body.toString());
            assertEquals(kind.path("kind") + ": " + refused, 400, refused.status());
            Set<String> tooLong = new TreeSet<>();
            for (JsonNode error : refused.json().path("errors")) {
                if (error.path("code").asText().equals("too_long")) {
                    tooLong.add(error.path("field").asText());
                }
            }
            assertEquals(kind.path("kind").asText(), new TreeSet<>(limited), tooLong);
        }
    }

    /**
     * Every filter's SQL runs on this database, unscoped for the administrator and inside a street
     * officer's jurisdiction, where the kind's territory node is joined as well.
     */
    @Test
    public void everyFilterOfEveryKindSearchesTheDatabase() {
        for (String user : List.of("demo", "street")) {
            for (JsonNode kind : getAs(user, "/api/v1/kinds").json()) {
                for (JsonNode filter : kind.path("filters")) {
                    String value = switch (filter.path("type").asText()) {
                        case "LONG", "INTEGER" -> "1";
                        case "BOOLEAN" -> "true";
                        case "DATE" -> "2026-01-01";
                        case "ENUM" -> filter.path("values").path(0).asText();
                        default -> "x";
                    };
                    String search = "/api/v1/" + kind.path("kind").asText() + "?" + filter.path("name").asText() + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    Answer found = getAs(user, search);
                    // A record the filter names (a territory node, a household) that the caller does not see is refused
                    // at that filter; every other filter runs its SQL.
                    assertTrue(user + " " + search + " -> " + found, found.status() == 200 || (found.status() == 400
                            && filter.path("name").asText().equals(found.errorField()) && "not_found".equals(found.errorCode())));
                }
            }
        }
    }

    @Test
    public void theApiDocumentCoversEveryKindWithItsRules() {
        JsonNode document = get("/api/v1/openapi.json").json();
        assertEquals("3.0.3", document.path("openapi").asText());
        for (JsonNode kind : get("/api/v1/kinds").json()) {
            String path = "/" + kind.path("kind").asText();
            String soap = kind.path("soap").path("name").asText();
            assertEquals(path, Set.of("get", "post"), names(document.path("paths").path(path)));
            assertEquals(path, Set.of("parameters", "get", "put", "delete"), names(document.path("paths").path(path + "/{id}")));
            JsonNode schema = document.path("components").path("schemas").path(soap);
            for (JsonNode field : kind.path("fields")) {
                JsonNode property = schema.path("properties").path(field.path("name").asText());
                assertFalse(path + " " + field.path("name"), property.isMissingNode());
                if (field.has("maxLength")) {
                    assertEquals(path + " " + field.path("name"), field.path("maxLength"), property.path("maxLength"));
                }
            }
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            Set<String> described = new TreeSet<>();
            kind.path("fields").forEach(field -> {
                if (field.path("required").asBoolean()) {
                    described.add(field.path("name").asText());
                }
            });
            assertEquals(path, described, required);
        }
    }

    private static JsonNode kind(JsonNode kinds, String path) {
        for (JsonNode kind : kinds) {
            if (kind.path("kind").asText().equals(path)) {
                return kind;
            }
        }
        throw new AssertionError("no kind " + path + " in " + paths(kinds));
    }

    private static JsonNode field(JsonNode kind, String name) {
        for (JsonNode field : kind.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + kind.path("kind"));
    }

    private static Set<String> paths(JsonNode kinds) {
        Set<String> paths = new TreeSet<>();
        kinds.forEach(kind -> paths.add(kind.path("kind").asText()));
        return paths;
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
