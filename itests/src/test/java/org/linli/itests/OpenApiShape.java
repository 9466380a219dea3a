package org.linli.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What an OpenAPI document promises a client, one sorted line per operation and per schema
 * property, without the words meant for people (summaries, descriptions, tags): the paths, methods
 * and operation ids, the permissions, the parameters and bodies, the answers and their schemas, and
 * each property's type, format, limits, values and whether it is required or read-only.
 */
final class OpenApiShape {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private OpenApiShape() {
    }

    static List<String> of(JsonNode document) {
        TreeSet<String> lines = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                StringBuilder line = new StringBuilder("op ").append(method.toUpperCase()).append(' ').append(path.getKey())
                        .append(" id=").append(operation.path("operationId").asText())
                        .append(" permission=").append(operation.path("x-linli-permission"));
                List<String> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameter -> parameters.add(parameter(parameter)));
                operation.path("parameters").forEach(parameter -> parameters.add(parameter(parameter)));
                line.append(" params=").append(parameters);
                JsonNode body = operation.path("requestBody").path("content");
                body.fields().forEachRemaining(content -> line.append(" body=").append(content.getKey()).append(':')
                        .append(type(content.getValue().path("schema"))));
                TreeSet<String> answers = new TreeSet<>();
                operation.path("responses").fields().forEachRemaining(answer -> {
                    StringBuilder text = new StringBuilder(answer.getKey());
                    answer.getValue().path("content").fields().forEachRemaining(content -> text.append(':')
                            .append(type(content.getValue().path("schema"))));
                    answers.add(text.toString());
                });
                line.append(" answers=").append(answers);
                lines.add(line.toString());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> schemas = document.path("components").path("schemas").fields(); schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            TreeSet<String> required = new TreeSet<>();
            schema.getValue().path("required").forEach(name -> required.add(name.asText()));
            lines.add("schema " + schema.getKey() + " " + schema.getValue().path("type").asText() + " required=" + required);
            schema.getValue().path("properties").fields().forEachRemaining(property -> lines.add("schema " + schema.getKey() + "."
                    + property.getKey() + " " + type(property.getValue())));
        }
        return new ArrayList<>(lines);
    }

    private static String parameter(JsonNode parameter) {
        return parameter.path("name").asText() + ":" + parameter.path("in").asText() + (parameter.path("required").asBoolean() ? "!" : "")
                + ":" + type(parameter.path("schema"));
    }

    /** A schema in one word or a few: {@code string/date}, {@code Convention}, {@code array<Candidate>}, with its rules. */
    static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1) + (schema.path("readOnly").asBoolean() ? " readOnly" : "");
        }
        // A reference with words of its own stands alone in allOf, as OpenAPI 3.0 reads nothing beside a $ref.
        if (schema.path("allOf").size() == 1) {
            String type = type(schema.path("allOf").path(0));
            return type + (schema.path("readOnly").asBoolean() && !type.endsWith(" readOnly") ? " readOnly" : "");
        }
        StringBuilder type = new StringBuilder(schema.path("type").asText("any"));
        if (schema.has("format")) {
            type.append('/').append(schema.path("format").asText());
        }
        if (schema.has("items")) {
            type.append('<').append(type(schema.path("items"))).append('>');
        }
        for (String rule : List.of("maxLength", "minimum", "maximum", "pattern", "x-linli-code-list")) {
            if (schema.has(rule)) {
                type.append(' ').append(rule).append('=').append(schema.path(rule).asText());
            }
        }
        if (schema.has("enum")) {
            type.append(" enum=").append(schema.path("enum"));
        }
        if (schema.path("readOnly").asBoolean()) {
            type.append(" readOnly");
        }
        return type.toString();
    }
}
