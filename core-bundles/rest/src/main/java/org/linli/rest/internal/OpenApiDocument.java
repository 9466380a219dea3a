package org.linli.rest.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.linli.common.Page;
import org.linli.records.FieldDescription;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;
import org.linli.security.Permission;

/**
 * The OpenAPI 3 document of the REST door, generated: every kind's five operations and schema from
 * its {@link KindDescription} (the rules the store enforces, the labels it carries), every other
 * operation from its resource method's JAX-RS annotations, its types and its {@link Doc}, and every
 * schema they refer to from the class Jackson writes and reads, with what its {@link Schema}
 * annotations add. Nothing of it is written by hand.
 */
final class OpenApiDocument {
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Map<Class<? extends Annotation>, String> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put(GET.class, "get");
        VERBS.put(POST.class, "post");
        VERBS.put(PUT.class, "put");
        VERBS.put(DELETE.class, "delete");
    }

    private final ObjectMapper json;
    private final List<Class<?>> resources;

    /** The document of {@code resources}, the resource classes other than the generic one of the kinds. */
    OpenApiDocument(ObjectMapper json, List<Class<?>> resources) {
        this.json = json;
        this.resources = resources;
    }

    /** The whole document for the kinds served now. */
    ObjectNode build(List<RecordStore<?>> stores) {
        ObjectNode document = json.createObjectNode().put("openapi", "3.0.3");
        document.putObject("info").put("title", "Linli (邻里) API").put("version", "1.0.0").put("description",
                "Community governance: territory, residents and households, organisations, staff, the service desk, "
                        + "community affairs and local policy. Every call needs credentials: HTTP Basic or a Bearer API token. "
                        + "Each operation lists in x-linli-permission the permissions the caller's role must hold (an empty "
                        + "list: any authenticated caller); a caller without them is answered 403 to any well-formed request. "
                        + "Errors are RFC 9457 problem details whose errors array names each offending field.");
        document.putArray("servers").addObject().put("url", RestEndpoint.ADDRESS);
        ArrayNode security = document.putArray("security");
        security.addObject().putArray("basic");
        security.addObject().putArray("bearer");
        ObjectNode paths = document.putObject("paths");
        ObjectNode components = document.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("basic").put("type", "http").put("scheme", "basic");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("description", "An integrator's API token");
        Schemas schemas = new Schemas(components.putObject("schemas"), stores);
        schemas.of(json.constructType(Problem.class));
        for (Class<?> resource : resources) {
            operations(resource, paths, schemas);
        }
        for (RecordStore<?> store : stores) {
            KindDescription kind = store.description();
            paths.set("/" + kind.path(), collection(kind));
            paths.set("/" + kind.path() + "/{id}", single(kind));
        }
        return document;
    }

    // ---- operations of the resource classes ----

    private void operations(Class<?> resource, ObjectNode paths, Schemas schemas) {
        String base = resource.getAnnotation(Path.class).value();
        Method[] methods = resource.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            // A template's regular expression ({kind: .+}) is the server's business: OpenAPI names the parameter only.
            String path = "/" + Stream.of(base, sub == null ? "" : sub.value()).map(p -> p.replaceAll("^/+|/+$", ""))
                    .filter(p -> !p.isEmpty()).reduce((a, b) -> a + "/" + b).orElse("").replaceAll("\\{(\\w+)\\s*:[^/]*}", "{$1}");
            Doc doc = method.getAnnotation(Doc.class);
            if (doc == null || doc.id().isEmpty() || doc.summary().isEmpty()) {
                throw new IllegalStateException(resource.getName() + "." + method.getName() + " has no @Doc with an id and a summary");
            }
            ObjectNode pathItem = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            pathItem.set(verb, operation(resource, method, doc, schemas));
        }
    }

    private static String verb(Method method) {
        if (!Modifier.isPublic(method.getModifiers())) {
            return null;
        }
        return VERBS.entrySet().stream().filter(verb -> method.isAnnotationPresent(verb.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private ObjectNode operation(Class<?> resource, Method method, Doc doc, Schemas schemas) {
        ObjectNode operation = json.createObjectNode();
        operation.putArray("tags").add(tag(resource));
        operation.put("summary", doc.summary()).put("operationId", doc.id());
        ArrayNode permissions = operation.putArray("x-linli-permission");
        Arrays.stream(doc.needs()).map(Permission::name).forEach(permissions::add);
        ArrayNode parameters = json.createArrayNode();
        ObjectNode form = null;
        for (Parameter parameter : method.getParameters()) {
            Param param = parameter.getAnnotation(Param.class);
            PathParam inPath = parameter.getAnnotation(PathParam.class);
            QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
            CookieParam inCookie = parameter.getAnnotation(CookieParam.class);
            FormParam inForm = parameter.getAnnotation(FormParam.class);
            if (parameter.isAnnotationPresent(Context.class)) {
                continue;
            }
            if (inPath != null || inQuery != null || inCookie != null) {
                String name = inPath != null ? inPath.value() : inQuery != null ? inQuery.value() : inCookie.value();
                String in = inPath != null ? "path" : inQuery != null ? "query" : "cookie";
                ObjectNode described = parameters.addObject().put("name", name).put("in", in)
                        .put("required", inPath != null || (param != null && param.required()));
                if (param == null && inQuery != null && (name.equals("page") || name.equals("size"))) {
                    described.put("description", name.equals("page") ? "Zero-based page number" : "Page size, 1 to 500 (default 20)");
                    described.putObject("schema").put("type", "integer").put("format", "int32");
                    continue;
                }
                describeParameter(described, parameter, param, schemas);
            } else if (inForm != null) {
                if (form == null) {
                    form = json.createObjectNode().put("type", "object");
                }
                ObjectNode property = form.with("properties").putObject(inForm.value());
                describeParameter(property, parameter, param, schemas);
                property.setAll((ObjectNode) property.remove("schema"));
                if (param != null && param.required()) {
                    form.withArray("required").add(inForm.value());
                }
            } else if (parameter.getType() == InputStream.class) {
                // A file read as a stream: described as bytes of each type the method takes.
                ObjectNode content = operation.putObject("requestBody").put("required", true).putObject("content");
                for (String type : method.getAnnotation(Consumes.class).value()) {
                    content.putObject(mediaType(type)).putObject("schema").put("type", "string").put("format", "binary");
                }
            } else {
                operation.putObject("requestBody").put("required", true).putObject("content")
                        .putObject(consumed(resource, method)).set("schema", schemas.of(json.constructType(parameter.getParameterizedType())));
            }
        }
        if (form != null) {
            operation.putObject("requestBody").put("required", true).putObject("content")
                    .putObject(MediaType.APPLICATION_FORM_URLENCODED).set("schema", form);
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        JavaType answer = doc.returns() != Void.class
                ? doc.list() ? json.getTypeFactory().constructCollectionType(List.class, doc.returns()) : json.constructType(doc.returns())
                : method.getReturnType() == Response.class || method.getReturnType() == void.class ? null
                : json.constructType(method.getGenericReturnType());
        int status = doc.status() != 0 ? doc.status() : answer == null ? 204 : 200;
        ObjectNode responses = operation.putObject("responses");
        for (int code : concat(new int[] {status}, doc.alsoAnswers())) {
            ObjectNode response = responses.putObject(String.valueOf(code))
                    .put("description", doc.answer().isEmpty() ? status == 204 ? "Done" : "The answer" : doc.answer());
            if (doc.returns() == StreamingOutput.class) {
                ObjectNode content = response.putObject("content");
                for (String type : method.getAnnotation(Produces.class).value()) {
                    content.putObject(mediaType(type)).putObject("schema").put("type", "string").put("format", "binary");
                }
            } else if (answer != null) {
                response.putObject("content").putObject(produced(resource, method)).set("schema", schemas.of(answer));
            }
        }
        problems(operation, concat(new int[] {401}, doc.needs().length > 0 ? new int[] {403} : new int[0], doc.problems()));
        // In the order of their codes, as a reader looks them up.
        TreeMap<String, JsonNode> byCode = new TreeMap<>();
        responses.fields().forEachRemaining(response -> byCode.put(response.getKey(), response.getValue()));
        byCode.forEach(operation.putObject("responses")::set);
        return operation;
    }

    private static void describeParameter(ObjectNode described, Parameter parameter, Param param, Schemas schemas) {
        if (param != null && !param.value().isEmpty()) {
            described.put("description", param.value());
        }
        Class<?> type = param != null && param.type() != String.class ? param.type() : parameter.getType();
        ObjectNode schema = schemas.scalar(type);
        if (schema == null) {
            throw new IllegalStateException(parameter + " is of a type a parameter cannot have: " + type);
        }
        if (param != null && param.values().length > 0) {
            Arrays.stream(param.values()).forEach(schema.putArray("enum")::add);
        }
        if (param != null && param.minimum() != Long.MIN_VALUE) {
            schema.put("minimum", param.minimum());
        }
        described.set("schema", schema);
    }

    private static String tag(Class<?> resource) {
        for (Class<?> c = resource; c != null; c = c.getEnclosingClass()) {
            Doc doc = c.getAnnotation(Doc.class);
            if (doc != null && !doc.tag().isEmpty()) {
                return doc.tag();
            }
        }
        throw new IllegalStateException(resource.getName() + " has no @Doc(tag), nor has the class that holds it");
    }

    private static String consumed(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null ? MediaType.APPLICATION_JSON : mediaType(consumes.value()[0]);
    }

    private static String produced(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? MediaType.APPLICATION_JSON : mediaType(produces.value()[0]);
    }

    private static String mediaType(String value) {
        int parameters = value.indexOf(';');
        return parameters < 0 ? value : value.substring(0, parameters);
    }

    private static int[] concat(int[]... arrays) {
        return Arrays.stream(arrays).flatMapToInt(Arrays::stream).toArray();
    }

    // ---- the kinds' five operations ----

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
        parameters.addObject().put("name", "after").put("in", "query").put("required", false)
                .put("description", "Instead of page: the page starts after the item with this id, in the order of ids;"
                        + " pass the last id of each page to read a whole list, as fast at its end as at its start")
                .putObject("schema").put("type", "integer").put("format", "int64");
        respond(search, "200", "One page of " + plural(kind), SCHEMAS + kind.soapName() + "Page");
        problems(search, 400, 401, 403);
        path.set("get", search);

        ObjectNode create = operation(kind, "Create a " + kind.name(), "create" + kind.soapName(), kind.write());
        body(create, kind);
        respond(create, "201", "Created; Location names the new resource", SCHEMAS + kind.soapName());
        problems(create, 400, 401, 403, 409);
        path.set("post", create);
        return path;
    }

    private ObjectNode single(KindDescription kind) {
        ObjectNode path = json.createObjectNode();
        path.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .putObject("schema").put("type", "integer").put("format", "int64");
        String schema = SCHEMAS + kind.soapName();
        ObjectNode get = operation(kind, "Read one", "get" + kind.soapName(), kind.read().orElse(null));
        respond(get, "200", "Found", schema);
        // A path id that is not a number is not found (JAX-RS answers 404): nothing here answers 400.
        problems(get, 401, 403, 404);
        path.set("get", get);
        ObjectNode put = operation(kind, "Replace the writable fields", "update" + kind.soapName(), kind.write());
        body(put, kind);
        respond(put, "200", "Updated", schema);
        problems(put, 400, 401, 403, 404, 409);
        path.set("put", put);
        ObjectNode delete = operation(kind, "Delete one that no other record refers to", "delete" + kind.soapName(), kind.write());
        delete.putObject("responses").putObject("204").put("description", "Deleted");
        problems(delete, 401, 403, 404, 409);
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
                .putObject("schema").put("$ref", SCHEMAS + kind.soapName());
    }

    private static void respond(ObjectNode operation, String status, String description, String schema) {
        operation.with("responses").putObject(status).put("description", description).putObject("content")
                .putObject("application/json").putObject("schema").put("$ref", schema);
    }

    private static void problems(ObjectNode operation, int... statuses) {
        for (int status : statuses) {
            operation.with("responses").putObject(String.valueOf(status)).put("description", switch (status) {
                case 400 -> "Invalid input; errors name each field";
                case 401 -> "No or wrong credentials";
                case 403 -> "The role does not allow this";
                case 404 -> "No such record, or not in the caller's jurisdiction";
                case 409 -> "Conflicts with stored data, or other records still refer to it";
                case 413 -> "The body is larger than the door reads";
                case 415 -> "The body is of a type the operation does not read";
                case 503 -> "A service it needs is not running";
                default -> throw new IllegalArgumentException("no problem is described for status " + status);
            }).putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema").put("$ref", PROBLEM);
        }
    }

    private static String plural(KindDescription kind) {
        return kind.path().replace('-', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static ObjectNode scalar(ObjectNode schema, String type) {
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

    // ---- schemas ----

    /**
     * The named schemas of one document: a kind's from its description, any other class's from
     * the properties Jackson finds in it, each named once by its class ({@link Schema#name()} where
     * two classes would share a simple name).
     */
    private final class Schemas {
        private final ObjectNode named;
        private final Map<Class<?>, KindDescription> kinds = new HashMap<>();
        private final Map<String, Class<?>> names = new HashMap<>();

        Schemas(ObjectNode named, List<RecordStore<?>> stores) {
            this.named = named;
            for (RecordStore<?> store : stores) {
                KindDescription kind = store.description();
                kinds.put(kind.bean(), kind);
                name(kind.soapName(), kind.bean());
                named.set(kind.soapName(), kindSchema(kind.fields(), kind.description(Locale.ENGLISH).orElse(null)));
                ObjectNode page = pageSchema(SCHEMAS + kind.soapName());
                named.set(kind.soapName() + "Page", page);
            }
        }

        /** The schema of a value of {@code type}: inline for a scalar, a list or a map, a reference for a class. */
        ObjectNode of(JavaType type) {
            Class<?> raw = type.getRawClass();
            ObjectNode scalar = scalar(raw);
            if (scalar != null) {
                return scalar;
            }
            if (type.isCollectionLikeType() || type.isArrayType()) {
                ObjectNode array = json.createObjectNode().put("type", "array");
                array.set("items", of(type.getContentType()));
                return array;
            }
            if (type.isMapLikeType() || JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
                return json.createObjectNode().put("type", "object");
            }
            if (raw == Page.class) {
                JsonNode item = of(type.containedType(0));
                String name = item.path("$ref").asText().substring(SCHEMAS.length()) + "Page";
                if (!named.has(name)) {
                    named.set(name, pageSchema(item.path("$ref").asText()));
                }
                return ref(name);
            }
            KindDescription kind = kinds.get(raw);
            if (kind != null) {
                return ref(kind.soapName());
            }
            Schema annotation = raw.getAnnotation(Schema.class);
            String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : raw.getSimpleName();
            if (name(name, raw)) {
                ObjectNode schema = json.createObjectNode().put("type", "object");
                named.set(name, schema);
                if (annotation != null && !annotation.description().isEmpty()) {
                    schema.put("description", annotation.description());
                }
                BeanDescription bean = json.getSerializationConfig().introspect(type);
                ObjectNode properties = schema.putObject("properties");
                for (BeanPropertyDefinition property : bean.findProperties()) {
                    ObjectNode described = of(property.getPrimaryType()).deepCopy();
                    Schema rules = annotation(property, Schema.class);
                    if (rules != null) {
                        apply(rules, described, schema, property.getName());
                    }
                    ArraySchema items = annotation(property, ArraySchema.class);
                    if (items != null && described.has("items")) {
                        apply(items.schema(), (ObjectNode) described.get("items"), null, null);
                    }
                    properties.set(property.getName(), described);
                }
            }
            return ref(name);
        }

        /** Whether {@code name} is new; the same class asked for again is not, another class of that name is an error. */
        private boolean name(String name, Class<?> type) {
            Class<?> earlier = names.putIfAbsent(name, type);
            if (earlier != null && earlier != type) {
                throw new IllegalStateException(type.getName() + " and " + earlier.getName() + " would both be the schema " + name
                        + "; name one with @Schema(name)");
            }
            return earlier == null;
        }

        /** The annotation of {@code type} on the field, the getter or the constructor parameter of {@code property}. */
        private <A extends Annotation> A annotation(BeanPropertyDefinition property, Class<A> type) {
            for (AnnotatedMember member : new AnnotatedMember[] {property.getField(), property.getGetter(), property.getConstructorParameter()}) {
                A found = member == null ? null
                        : member.getAnnotated() != null ? member.getAnnotated().getAnnotation(type) : member.getAnnotation(type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** Adds what {@code rules} say to {@code property}, and its {@code name} to the required of {@code schema} (none for a list item). */
        private void apply(Schema rules, ObjectNode property, ObjectNode schema, String name) {
            if (property.has("$ref") && (!rules.description().isEmpty() || rules.accessMode() == Schema.AccessMode.READ_ONLY)) {
                // OpenAPI 3.0 reads nothing beside a $ref: the reference goes into allOf to carry them.
                ObjectNode ref = property.deepCopy();
                property.removeAll();
                property.putArray("allOf").add(ref);
            }
            if (!rules.description().isEmpty()) {
                property.put("description", rules.description());
            }
            if (rules.maxLength() != Integer.MAX_VALUE) {
                property.put("maxLength", rules.maxLength());
            }
            if (rules.minLength() != 0) {
                property.put("minLength", rules.minLength());
            }
            if (!rules.minimum().isEmpty()) {
                property.put("minimum", Long.parseLong(rules.minimum()));
            }
            if (!rules.maximum().isEmpty()) {
                property.put("maximum", Long.parseLong(rules.maximum()));
            }
            if (!rules.pattern().isEmpty()) {
                property.put("pattern", rules.pattern());
            }
            if (rules.deprecated()) {
                property.put("deprecated", true);
            }
            if (!rules.example().isEmpty()) {
                property.put("example", rules.example());
            }
            if (rules.allowableValues().length > 0) {
                ArrayNode values = property.putArray("enum");
                Arrays.stream(rules.allowableValues()).forEach(values::add);
            }
            if (rules.accessMode() == Schema.AccessMode.READ_ONLY) {
                property.put("readOnly", true);
            }
            if (rules.requiredMode() == Schema.RequiredMode.REQUIRED && schema != null) {
                schema.withArray("required").add(name);
            }
        }

        /** The schema of a scalar Java type, or {@code null} for one that is not. */
        ObjectNode scalar(Class<?> type) {
            ObjectNode schema = json.createObjectNode();
            if (type == String.class || type == char.class || type == Character.class) {
                return schema.put("type", "string");
            }
            if (type == long.class || type == Long.class) {
                return OpenApiDocument.scalar(schema, "LONG");
            }
            if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
                return OpenApiDocument.scalar(schema, "INTEGER");
            }
            if (type == BigDecimal.class || type == double.class || type == Double.class) {
                return OpenApiDocument.scalar(schema, "DECIMAL");
            }
            if (type == boolean.class || type == Boolean.class) {
                return OpenApiDocument.scalar(schema, "BOOLEAN");
            }
            if (type == LocalDate.class) {
                return OpenApiDocument.scalar(schema, "DATE");
            }
            if (type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class) {
                return OpenApiDocument.scalar(schema, "DATE_TIME");
            }
            if (type == LocalTime.class) {
                return OpenApiDocument.scalar(schema, "TIME");
            }
            if (type.isEnum()) {
                schema.put("type", "string");
                ArrayNode values = schema.putArray("enum");
                // As Jackson writes them: an enumeration may name its values in JSON otherwise than in Java.
                Arrays.stream(type.getEnumConstants()).map(value -> json.convertValue(value, String.class)).forEach(values::add);
                return schema;
            }
            return null;
        }

        private ObjectNode ref(String name) {
            return json.createObjectNode().put("$ref", SCHEMAS + name);
        }

        private ObjectNode pageSchema(String item) {
            ObjectNode page = json.createObjectNode().put("type", "object");
            page.putArray("required").add("items").add("page").add("size").add("total");
            ObjectNode properties = page.putObject("properties");
            properties.putObject("items").put("type", "array").putObject("items").put("$ref", item);
            properties.putObject("page").put("type", "integer").put("format", "int32");
            properties.putObject("size").put("type", "integer").put("format", "int32");
            properties.putObject("total").put("type", "integer").put("format", "int64");
            return page;
        }

        /** The schema of an object with {@code fields}; objects they hold become schemas of their own, named by their bean. */
        private ObjectNode kindSchema(List<FieldDescription> fields, String description) {
            ObjectNode schema = json.createObjectNode().put("type", "object");
            if (description != null) {
                schema.put("description", description);
            }
            ObjectNode properties = schema.putObject("properties");
            for (FieldDescription field : fields) {
                properties.set(field.name(), kindProperty(field));
                if (field.required()) {
                    schema.withArray("required").add(field.name());
                }
            }
            return schema;
        }

        private ObjectNode kindProperty(FieldDescription field) {
            ObjectNode property = json.createObjectNode();
            switch (field.type()) {
                case LIST -> {
                    property.put("type", "array");
                    field.items().ifPresent(items -> property.set("items", kindProperty(items)));
                }
                case OBJECT -> {
                    String name = field.javaType().getSimpleName();
                    if (name(name, field.javaType())) {
                        named.set(name, kindSchema(field.fields(), null));
                    }
                    return ref(name);
                }
                default -> OpenApiDocument.scalar(property, field.type().name());
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
    }
}
