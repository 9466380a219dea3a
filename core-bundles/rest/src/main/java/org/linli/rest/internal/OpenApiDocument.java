package org.linli.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.linli.records.FieldDescription;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;
import org.linli.security.Permission;

/**
 * The OpenAPI 3 document of the REST door: every kind's five operations and schema generated from
 * its {@link KindDescription} (the rules the store enforces, the labels it carries), added to
 * {@code openapi.json}, which describes the operations that are not a kind's.
 */
final class OpenApiDocument {
    static final String OPERATIONS = "openapi.json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final ObjectMapper json;
    private final ObjectNode operations;

    OpenApiDocument(ObjectMapper json) {
        this.json = json;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OPERATIONS)) {
            operations = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole document for the kinds served now. */
    ObjectNode build(List<RecordStore<?>> stores) {
        ObjectNode document = operations.deepCopy();
        ObjectNode paths = (ObjectNode) document.get("paths");
        ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
        for (RecordStore<?> store : stores) {
            KindDescription kind = store.description();
            paths.set("/" + kind.path(), collection(kind));
            paths.set("/" + kind.path() + "/{id}", single(kind));
            schemas.set(kind.soapName(), schema(kind.bean().getSimpleName(), kind.fields(), kind.description(Locale.ENGLISH).orElse(null),
                    schemas));
            schemas.set(kind.soapName() + "Page", page(kind));
        }
        return document;
    }

    private ObjectNode collection(KindDescription kind) {
        ObjectNode path = json.createObjectNode();
        ObjectNode search = operation(kind, "Search " + plural(kind), "search" + kind.soapPluralName(), kind.read().orElse(null));
        ArrayNode parameters = search.putArray("parameters");
        for (FilterDescription filter : kind.filters()) {
            ObjectNode parameter = parameters.addObject().put("name", filter.name()).put("in", "query").put("required", false)
                    .put("description", capitalised(filter.description()));
            ObjectNode schema = scalar(parameter.putObject("schema"), filter.type().name());
            if (!filter.values().isEmpty()) {
                filter.values().forEach(schema.putArray("enum")::add);
            }
        }
        parameters.addObject().put("name", "page").put("in", "query").put("required", false).put("description", "Zero-based page number")
                .putObject("schema").put("type", "integer").put("format", "int32");
        parameters.addObject().put("name", "size").put("in", "query").put("required", false)
                .put("description", "Page size, 1 to 500 (default 20)").putObject("schema").put("type", "integer").put("format", "int32");
        respond(search, "200", "One page of " + plural(kind), "#/components/schemas/" + kind.soapName() + "Page");
        problems(search, "400", "401", "403");
        path.set("get", search);

        ObjectNode create = operation(kind, "Create a " + kind.name(), "create" + kind.soapName(), kind.write());
        body(create, kind);
        respond(create, "201", "Created; Location names the new resource", "#/components/schemas/" + kind.soapName());
        problems(create, "400", "401", "403", "409");
        path.set("post", create);
        return path;
    }

    private ObjectNode single(KindDescription kind) {
        ObjectNode path = json.createObjectNode();
        path.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .putObject("schema").put("type", "integer").put("format", "int64");
        String schema = "#/components/schemas/" + kind.soapName();
        ObjectNode get = operation(kind, "Read one", "get" + kind.soapName(), kind.read().orElse(null));
        respond(get, "200", "Found", schema);
        problems(get, "400", "401", "403", "404");
        path.set("get", get);
        ObjectNode put = operation(kind, "Replace the writable fields", "update" + kind.soapName(), kind.write());
        body(put, kind);
        respond(put, "200", "Updated", schema);
        problems(put, "400", "401", "403", "404", "409");
        path.set("put", put);
        ObjectNode delete = operation(kind, "Delete one that no other record refers to", "delete" + kind.soapName(), kind.write());
        delete.putObject("responses").putObject("204").put("description", "Deleted");
        problems(delete, "401", "403", "404", "409");
        path.set("delete", delete);
        return path;
    }

    /** An operation of {@code kind}, needing {@code permission} ({@code null}: any authenticated caller). */
    private ObjectNode operation(KindDescription kind, String summary, String id, Permission permission) {
        ObjectNode operation = json.createObjectNode();
        operation.putArray("tags").add(kind.registerLabel(Locale.ENGLISH));
        operation.put("summary", summary).put("operationId", id);
        ArrayNode permissions = operation.putArray("x-linli-permission");
        if (permission != null) {
            permissions.add(permission.name());
        }
        return operation;
    }

    private static void body(ObjectNode operation, KindDescription kind) {
        operation.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                .putObject("schema").put("$ref", "#/components/schemas/" + kind.soapName());
    }

    private static void respond(ObjectNode operation, String status, String description, String schema) {
        operation.with("responses").putObject(status).put("description", description).putObject("content")
                .putObject("application/json").putObject("schema").put("$ref", schema);
    }

    private static void problems(ObjectNode operation, String... statuses) {
        for (String status : statuses) {
            operation.with("responses").putObject(status).put("description", switch (status) {
                case "400" -> "Invalid input; errors name each field";
                case "401" -> "No or wrong credentials";
                case "403" -> "The role does not allow this";
                case "404" -> "No such record, or not in the caller's jurisdiction";
                default -> "Conflicts with stored data, or other records still refer to it";
            }).putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM);
        }
    }

    private ObjectNode page(KindDescription kind) {
        ObjectNode page = json.createObjectNode().put("type", "object");
        ObjectNode properties = page.putObject("properties");
        properties.putObject("items").put("type", "array").putObject("items").put("$ref", "#/components/schemas/" + kind.soapName());
        properties.putObject("page").put("type", "integer");
        properties.putObject("size").put("type", "integer");
        properties.putObject("total").put("type", "integer").put("format", "int64");
        return page;
    }

    /** The schema of an object with {@code fields}; objects they hold become schemas of their own, named by their bean. */
    private ObjectNode schema(String name, List<FieldDescription> fields, String description, ObjectNode schemas) {
        ObjectNode schema = json.createObjectNode().put("type", "object");
        if (description != null) {
            schema.put("description", description);
        }
        ObjectNode properties = schema.putObject("properties");
        for (FieldDescription field : fields) {
            properties.set(field.name(), property(field, schemas));
            if (field.required()) {
                schema.withArray("required").add(field.name());
            }
        }
        return schema;
    }

    private ObjectNode property(FieldDescription field, ObjectNode schemas) {
        ObjectNode property = json.createObjectNode();
        switch (field.type()) {
            case LIST -> {
                property.put("type", "array");
                field.items().ifPresent(items -> property.set("items", property(items, schemas)));
            }
            case OBJECT -> {
                String name = field.javaType().getSimpleName();
                schemas.set(name, schema(name, field.fields(), null, schemas));
                property.put("$ref", "#/components/schemas/" + name);
                return property;
            }
            default -> scalar(property, field.type().name());
        }
        if (!field.values().isEmpty()) {
            field.values().forEach(property.putArray("enum")::add);
        }
        field.maxLength().ifPresent(max -> property.put("maxLength", max));
        field.minimum().ifPresent(min -> property.put("minimum", min));
        field.maximum().ifPresent(max -> property.put("maximum", max));
        // OpenAPI's patterns match anywhere in the text, Java's rules the whole text.
        field.pattern().ifPresent(pattern -> property.put("pattern", "^(?:" + pattern + ")$"));
        field.codeList().ifPresent(list -> property.put("x-linli-code-list", list));
        if (field.readOnly()) {
            property.put("readOnly", true);
        }
        StringBuilder description = new StringBuilder(field.label(Locale.ENGLISH)).append(" (").append(field.label(Locale.CHINESE))
                .append(')');
        field.description(Locale.ENGLISH).ifPresent(about -> description.append(": ").append(about));
        if (field.notFuture()) {
            description.append(" Not in the future.");
        }
        property.put("description", description.toString());
        return property;
    }

    private static ObjectNode scalar(ObjectNode schema, String type) {
        switch (type) {
            case "LONG" -> schema.put("type", "integer").put("format", "int64");
            case "INTEGER" -> schema.put("type", "integer").put("format", "int32");
            case "DECIMAL" -> schema.put("type", "number");
            case "BOOLEAN" -> schema.put("type", "boolean");
            case "DATE" -> schema.put("type", "string").put("format", "date");
            case "DATE_TIME" -> schema.put("type", "string").put("format", "date-time");
            case "TIME" -> schema.put("type", "string").put("pattern", "^\\d{2}:\\d{2}(:\\d{2})?$");
            default -> schema.put("type", "string");
        }
        return schema;
    }

    private static String plural(KindDescription kind) {
        return kind.path().replace('-', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
