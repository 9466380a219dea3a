package org.linli.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import org.junit.BeforeClass;
import org.junit.Test;
import org.linli.policy.spi.SubjectKind;
import org.linli.residents.Resident;
import org.linli.staff.StatusChange;

/**
 * What {@link OpenApiDocument} generates from the resource classes: every operation once, under a
 * unique id; the parameters' types as {@link Param} declares them; the schemas of the classes
 * answered with, with what their {@code @Schema} annotations add; and no document at all when a
 * resource method is not described.
 */
public class OpenApiDocumentTest {
    private static ObjectNode document;

    @BeforeClass
    public static void generate() throws Exception {
        document = OpenApiValidityTest.served();
        // For a reader of the build: the document as the door serves it with the distribution's registers.
        Path target = Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, RestEndpoint.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    @Test
    public void everyOperationHasAUniqueIdAndDocumentsAuthenticationFailure() {
        TreeSet<String> ids = new TreeSet<>();
        List<String> repeated = new ArrayList<>();
        int operations = 0;
        for (JsonNode path : document.path("paths")) {
            for (String verb : List.of("get", "post", "put", "delete")) {
                if (path.has(verb)) {
                    operations++;
                    if (!ids.add(path.get(verb).path("operationId").asText())) {
                        repeated.add(path.get(verb).path("operationId").asText());
                    }
                    assertTrue("401 documented", path.get(verb).path("responses").has("401"));
                }
            }
        }
        assertEquals(List.of(), repeated);
        assertTrue(operations > 250);
    }

    @Test
    public void parametersTakeTheTypeAndRulesTheirParamDeclares() {
        JsonNode weeks = document.path("paths").path("/workers/{id}/visit-weeks").path("get").path("parameters");
        assertEquals("[id:path:true:integer/int64, from:query:true:string/date, to:query:true:string/date]", parameters(weeks));
        JsonNode reports = document.path("paths").path("/grids/reports").path("get").path("parameters");
        assertEquals(1, reports.get(1).path("schema").path("minimum").asInt());
        JsonNode form = document.path("paths").path("/open311/requests.json").path("post").path("requestBody").path("content")
                .path("application/x-www-form-urlencoded").path("schema");
        assertEquals("[\"service_code\",\"address_id\"]", form.path("required").toString());
        assertEquals("integer", form.path("properties").path("address_id").path("type").asText());
        // The generic resource of the kinds is described kind by kind, not as /{kind}.
        assertTrue(document.path("paths").has("/notices"));
        assertTrue(document.path("paths").path("/{kind}").isMissingNode());
    }

    @Test
    public void schemasComeFromTheClassesAndTheirAnnotations() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode reveal = schemas.path("Reveal");
        assertEquals("[\"reason\"]", reveal.path("required").toString());
        assertEquals(200, reveal.path("properties").path("reason").path("maxLength").asInt());
        // A class named by @Schema(name) where its simple name is another's: Request is the service desk's kind.
        assertTrue(schemas.has("TokenRequest"));
        assertEquals("#/components/schemas/Request", schemas.path("RequestPage").path("properties").path("items").path("items")
                .path("$ref").asText());
        // Values of an enumeration as Jackson writes them, and a generic page named by what it holds.
        List<String> kinds = Arrays.stream(SubjectKind.values()).map(Enum::name).toList();
        assertEquals(kinds, texts(schemas.path("RuleInfo").path("properties").path("subject").path("enum")));
        assertEquals(kinds, texts(schemas.path("Finding").path("properties").path("subjectKind").path("enum")));
        assertEquals("#/components/schemas/Evaluation", schemas.path("EvaluationPage").path("properties").path("items").path("items")
                .path("$ref").asText());
        assertEquals("#/components/schemas/Resident",
                document.path("paths").path("/residents").path("post").path("responses").path("201").path("content")
                        .path("application/json").path("schema").path("$ref").asText());
        assertNotNull(Resident.class);
        assertTrue(schemas.path("StatusChange").path("properties").path("reason").has("maxLength"));
        assertNotNull(StatusChange.class);
    }

    /** A resource whose method says nothing of itself. */
    @javax.ws.rs.Path("/undocumented")
    @Doc(tag = "Test")
    public static class Undocumented {
        @GET
        public String get(@QueryParam("q") String q) {
            return q;
        }
    }

    @Test
    public void anUndescribedResourceMethodIsRefused() throws IOException {
        try {
            new OpenApiDocument(RestEndpoint.objectMapper(), List.of(Undocumented.class)).build(List.of());
            fail("documented without @Doc");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("Undocumented.get"));
        }
    }

    private static String parameters(JsonNode parameters) {
        List<String> lines = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            JsonNode schema = parameter.path("schema");
            lines.add(parameter.path("name").asText() + ":" + parameter.path("in").asText() + ":" + parameter.path("required").asBoolean()
                    + ":" + schema.path("type").asText() + (schema.has("format") ? "/" + schema.path("format").asText() : ""));
        }
        return lines.toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
