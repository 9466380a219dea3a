package org.linli.rest.internal;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.Test;
import org.linli.policy.spi.SubjectKind;

/**
 * The operations that are not a kind's five are described by hand in {@code openapi.json}, to
 * which {@link OpenApiDocument} adds the kinds' (tested in {@code KindsIT}); this keeps the hand-written
 * part honest: every such resource method is documented, and nothing is documented that no method
 * serves.
 */
public class OpenApiDocumentTest {
    private static final List<Class<?>> RESOURCES = Stream.of(
            Stream.of(Open311Resource.class, TerritoryResource.class, ResidentResource.class, HouseholdResource.class,
                    AuditResource.class, TokenResource.class, SignInLockResource.class, HealthResource.class, OpenApiResource.class,
                    KindsResource.class, CrossHoldersResource.class),
            Arrays.stream(StaffResources.class.getDeclaredClasses()),
            Arrays.stream(ServiceDeskResources.class.getDeclaredClasses()),
            Arrays.stream(PolicyResources.class.getDeclaredClasses()),
            Arrays.stream(GridResources.class.getDeclaredClasses()))
            .flatMap(s -> s).filter(c -> c.isAnnotationPresent(Path.class)).toList();
    private static final Map<Class<?>, String> VERBS = Map.of(GET.class, "get", POST.class, "post", PUT.class, "put",
            DELETE.class, "delete");

    @Test
    public void documentsExactlyTheServedOperations() throws IOException {
        TreeSet<String> served = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : methods(resource)) {
                for (Map.Entry<Class<?>, String> verb : VERBS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey().asSubclass(java.lang.annotation.Annotation.class))) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = sub == null ? base : base + "/" + sub.value();
                        served.add(verb.getValue().toUpperCase(Locale.ROOT) + " " + path);
                    }
                }
            }
        }
        TreeSet<String> documented = new TreeSet<>();
        JsonNode paths = document().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
                String op = ops.next();
                if (VERBS.containsValue(op)) {
                    documented.add(op.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertEquals(served, documented);
    }

    @Test
    public void everyOperationHasAUniqueIdAndDocumentsAuthenticationFailure() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        int operations = 0;
        for (JsonNode path : document().path("paths")) {
            for (String verb : VERBS.values()) {
                if (path.has(verb)) {
                    operations++;
                    ids.add(path.get(verb).path("operationId").asText());
                    assertEquals("401 documented", true, path.get(verb).path("responses").has("401"));
                }
            }
        }
        assertEquals(operations, ids.size());
    }

    @Test
    public void findingsDocumentEverySubjectKind() throws IOException {
        List<String> kinds = Arrays.stream(SubjectKind.values()).map(Enum::name).toList();
        JsonNode schemas = document().path("components").path("schemas");
        assertEquals(kinds, texts(schemas.path("RuleInfo").path("properties").path("subject").path("enum")));
        assertEquals(kinds, texts(schemas.path("Finding").path("properties").path("subjectKind").path("enum")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<Method> methods(Class<?> resource) {
        return Arrays.asList(resource.getDeclaredMethods());
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.OPERATIONS)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
