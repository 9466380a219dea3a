package org.linli.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.linli.records.RecordStore;
import org.linli.records.Register;

/**
 * The document the REST door serves, with every kind of the core registers generated into it, is
 * OpenAPI 3 as the reference parser reads it, every schema it refers to is in it, and every
 * schema's type is one OpenAPI knows.
 */
public class OpenApiValidityTest {
    /** The registers of the distribution, built to be asked for their kinds only. */
    private static final List<String> REGISTERS = List.of("org.linli.organisations.internal.JpaOrganisationService",
            "org.linli.staff.internal.JpaStaffService", "org.linli.services.internal.JpaServiceDesk",
            "org.linli.affairs.internal.JpaCommunityAffairs", "org.linli.population.internal.JpaPopulationService",
            "org.linli.records.internal.JpaCodeService");

    /** The stores of the registers built from them: the territory, residents and households. */
    private static final List<String> STORES = List.of("org.linli.territory.internal.JpaTerritoryService",
            "org.linli.residents.internal.JpaResidentService", "org.linli.residents.internal.JpaHouseholdService");

    /** The stores of the distribution's registers. */
    static List<RecordStore<?>> stores() throws ReflectiveOperationException {
        List<RecordStore<?>> stores = new ArrayList<>();
        for (String store : STORES) {
            stores.add((RecordStore<?>) unwired(store));
        }
        for (String register : REGISTERS) {
            stores.addAll(((Register) unwired(register)).stores());
        }
        return stores;
    }

    /** An instance of the component {@code name}, with none of its references. */
    private static Object unwired(String name) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName(name).getConstructors()[0];
        return constructor.newInstance(new Object[constructor.getParameterCount()]);
    }

    /** The document the door serves with the distribution's registers, built from its resources as {@link RestEndpoint} builds them. */
    static ObjectNode served() throws ReflectiveOperationException {
        List<Object> resources = new RestEndpoint().resources(null);
        OpenApiResource openApi = (OpenApiResource) resources.get(resources.size() - 1);
        return openApi.document(stores());
    }

    @Test
    public void theDocumentIsOpenApi3AndEveryReferenceResolves() throws Exception {
        List<RecordStore<?>> stores = stores();
        ObjectNode document = served();
        String text = document.toString();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
        for (RecordStore<?> store : stores) {
            String path = "/" + store.description().path();
            assertNotNull(path, parsed.getOpenAPI().getPaths().get(path));
            assertNotNull(path + "/{id}", parsed.getOpenAPI().getPaths().get(path + "/{id}"));
        }
        Matcher ref = Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
        while (ref.find()) {
            assertTrue(ref.group(1) + " is referred to and not described", document.path("components").path("schemas").has(ref.group(1)));
        }
        // The parser keeps a schema whose type OpenAPI does not know; these are all the types it knows.
        List<String> wrong = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> types(schema.getKey(), schema.getValue(), wrong));
        document.path("paths").fields().forEachRemaining(path -> schemas(path.getKey(), path.getValue(), wrong));
        assertEquals(List.of(), wrong);
    }

    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");

    /** Every schema under {@code node} (an operation's parameters, bodies and answers). */
    private static void schemas(String where, JsonNode node, List<String> wrong) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("schema")) {
                types(where, field.getValue(), wrong);
            } else if (field.getValue().isContainerNode()) {
                schemas(where + "." + field.getKey(), field.getValue(), wrong);
            }
        });
        if (node.isArray()) {
            node.forEach(item -> schemas(where, item, wrong));
        }
    }

    private static void types(String where, JsonNode schema, List<String> wrong) {
        if (schema.has("type") && !TYPES.contains(schema.path("type").asText())) {
            wrong.add(where + ": type " + schema.path("type"));
        }
        schema.path("properties").fields().forEachRemaining(property -> types(where + "." + property.getKey(), property.getValue(), wrong));
        if (schema.has("items")) {
            types(where + "[]", schema.path("items"), wrong);
        }
    }
}
