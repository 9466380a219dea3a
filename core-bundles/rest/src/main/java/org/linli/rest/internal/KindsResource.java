package org.linli.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.linli.records.FieldDescription;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.security.Caller;
import org.linli.security.CallerContext;

/**
 * {@code /kinds}: every kind of record the caller may read, described as the store enforces it,
 * with labels in Chinese and English, so that a client or the console builds its lists and forms
 * from it.
 */
@Path("/kinds")
@Produces(MediaType.APPLICATION_JSON)
public class KindsResource {
    private static final Locale[] LANGUAGES = {Locale.CHINESE, Locale.ENGLISH};

    private final Kinds kinds;

    KindsResource(Kinds kinds) {
        this.kinds = kinds;
    }

    @GET
    public List<Map<String, Object>> list() {
        Caller caller = CallerContext.current();
        return kinds.all().stream().map(store -> store.description()).filter(kind -> readable(caller, kind))
                .map(kind -> describe(kind, caller)).toList();
    }

    @GET
    @Path("{kind}")
    public Map<String, Object> get(@PathParam("kind") String path) {
        Caller caller = CallerContext.current();
        KindDescription kind = kinds.get(path).description();
        if (!readable(caller, kind)) {
            // Whether a kind exists is not a secret, but its shape is no business of one who may not read it.
            throw new NotFoundException("no kind of record is called " + path);
        }
        return describe(kind, caller);
    }

    private static boolean readable(Caller caller, KindDescription kind) {
        return kind.read().map(caller::may).orElse(true);
    }

    static Map<String, Object> describe(KindDescription kind, Caller caller) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("kind", kind.path());
        described.put("register", kind.register());
        described.put("labels", words(kind::label));
        about(kind::description).ifPresent(about -> described.put("about", about));
        kind.read().ifPresent(read -> described.put("read", read.name()));
        described.put("write", kind.write().name());
        described.put("writable", caller.may(kind.write()));
        described.put("soap", Map.of("service", kind.register(), "name", kind.soapName(), "plural", kind.soapPluralName()));
        described.put("fields", kind.fields().stream().map(KindsResource::field).toList());
        described.put("filters", kind.filters().stream().map(KindsResource::filter).toList());
        return described;
    }

    private static Map<String, Object> field(FieldDescription field) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", field.name());
        described.put("type", field.type().name());
        described.put("labels", words(field::label));
        about(field::description).ifPresent(about -> described.put("about", about));
        described.put("required", field.required());
        described.put("readOnly", field.readOnly());
        field.maxLength().ifPresent(max -> described.put("maxLength", max));
        field.minimum().ifPresent(min -> described.put("minimum", min));
        field.maximum().ifPresent(max -> described.put("maximum", max));
        field.pattern().ifPresent(pattern -> described.put("pattern", pattern));
        field.codeList().ifPresent(list -> described.put("codeList", list));
        if (field.notFuture()) {
            described.put("notFuture", true);
        }
        if (!field.values().isEmpty()) {
            described.put("values", field.values().stream().map(value -> Map.of("value", value,
                    "labels", words(language -> field.valueLabel(value, language)))).toList());
        }
        field.items().ifPresent(items -> described.put("items", field(items)));
        if (!field.fields().isEmpty()) {
            described.put("fields", field.fields().stream().map(KindsResource::field).toList());
        }
        return described;
    }

    private static Map<String, Object> filter(FilterDescription filter) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", filter.name());
        described.put("type", filter.type().name());
        if (!filter.values().isEmpty()) {
            described.put("values", filter.values());
        }
        described.put("description", filter.description());
        return described;
    }

    private static Map<String, String> words(Function<Locale, String> text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            words.put(language.getLanguage(), text.apply(language));
        }
        return words;
    }

    private static Optional<Map<String, String>> about(Function<Locale, Optional<String>> text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            text.apply(language).ifPresent(about -> words.put(language.getLanguage(), about));
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }
}
