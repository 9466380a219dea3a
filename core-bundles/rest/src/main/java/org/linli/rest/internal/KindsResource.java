package org.linli.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.linli.records.FieldDescription;
import org.linli.records.FieldType;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.territory.TerritoryLevel;

/**
 * {@code /kinds}: every kind of record the caller may read, described as the store enforces it,
 * with labels in Chinese and English, so that a client or the console builds its lists and forms
 * from it.
 */
@Doc(tag = "Kinds")
@Path("/kinds")
@Produces(MediaType.APPLICATION_JSON)
public class KindsResource {
    private static final String TERRITORY_NODES = "territory/nodes";
    private final Kinds kinds;

    KindsResource(Kinds kinds) {
        this.kinds = kinds;
    }

    /** Words in Chinese and English. */
    public record Words(String zh, String en) {
        static Words of(Function<Locale, String> text) {
            return new Words(text.apply(Locale.CHINESE), text.apply(Locale.ENGLISH));
        }

        /** The words there are, if any. */
        static Words about(Function<Locale, Optional<String>> text) {
            Words words = new Words(text.apply(Locale.CHINESE).orElse(null), text.apply(Locale.ENGLISH).orElse(null));
            return words.zh == null && words.en == null ? null : words;
        }
    }

    @Schema(description = "A kind of record as the store enforces it, with labels in Chinese and English: what a client needs to build "
            + "a list and a form.")
    public record Kind(
            @Schema(description = "The kind's path: /api/v1/{kind}.", requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String register,
            @Schema(description = "The register's name", requiredMode = Schema.RequiredMode.REQUIRED) Words registerLabels,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Words labels,
            Words about,
            @Schema(description = "The permission to read; absent: every authenticated caller.") String read,
            @Schema(description = "The permission to create, change and delete.", requiredMode = Schema.RequiredMode.REQUIRED) String write,
            @Schema(description = "Whether the caller holds the permission to write.", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean writable,
            @Schema(description = "The kind's operations on the SOAP door: the service, and the names in getX and findXs.") Soap soap,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<KindField> fields,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<KindFilter> filters) {
    }

    /** Where a kind is on the SOAP door. */
    public record Soap(String service, String name, String plural) {
    }

    @Schema(description = "A field of a kind: its JSON name and type, the rules the store enforces on it, its labels and, for an "
            + "enumeration, its values with their labels.")
    public record KindField(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FieldType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Words labels,
            Words about,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean required,
            @Schema(description = "Set by Linli; what a caller sends is ignored or replaced.", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean readOnly,
            @Schema(description = "The longest text, in characters.") Integer maxLength,
            Long minimum,
            Long maximum,
            @Schema(description = "A regular expression the whole text matches.") String pattern,
            @Schema(description = "The code list (/codes?list=) whose codes the field takes.") String codeList,
            @Schema(description = "A date that must not lie in the future; absent when it may.") Boolean notFuture,
            @Schema(description = "An enumeration's values with their labels.") List<KindValue> values,
            @Schema(description = "The kind of record whose id the field holds, by its name: residentId a Resident's, parentId one of "
                    + "its own kind, communityId a territory node of that level.") Refers refers,
            @Schema(description = "What a list holds.") KindField items,
            @Schema(description = "What an object holds.") List<KindField> fields) {
    }

    /** The kind a field points at, and for a territory node the level it must have. */
    public record Refers(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kind, String level) {
    }

    /** A value of an enumeration. */
    public record KindValue(String value, Words labels) {
    }

    /** A query parameter of a kind's search. */
    public record KindFilter(String name, FieldType type, @Schema(description = "The values it takes, when they are few") List<String> values,
                             @Schema(description = "What a search form shows above it") Words labels, String description) {
    }

    @GET
    @Doc(id = "listKinds", summary = "Every kind of record the caller may read, described as the store enforces it",
            answer = "The kinds")
    public List<Kind> list() {
        Caller caller = CallerContext.current();
        List<KindDescription> all = kinds.all().stream().map(store -> store.description()).toList();
        Map<String, String> named = bySoapName(all);
        return all.stream().filter(kind -> readable(caller, kind)).map(kind -> describe(kind, caller, named)).toList();
    }

    @GET
    @Path("{kind: .+}")
    @Doc(id = "getKind", summary = "One kind of record", answer = "The kind", problems = 404)
    public Kind get(@PathParam("kind") @Param("The kind's path, such as memberships") String path) {
        Caller caller = CallerContext.current();
        KindDescription kind = kinds.get(path).description();
        if (!readable(caller, kind)) {
            // Whether a kind exists is not a secret, but its shape is no business of one who may not read it.
            throw new NotFoundException("no kind of record is called " + path);
        }
        return describe(kind, caller, bySoapName(kinds.all().stream().map(store -> store.description()).toList()));
    }

    private static boolean readable(Caller caller, KindDescription kind) {
        return kind.read().map(caller::may).orElse(true);
    }

    /** Each kind's path by its SOAP name in lower case, for the names that one kind alone has. */
    private static Map<String, String> bySoapName(List<KindDescription> all) {
        Map<String, List<String>> paths = all.stream().collect(Collectors.groupingBy(kind -> kind.soapName().toLowerCase(Locale.ROOT),
                Collectors.mapping(KindDescription::path, Collectors.toList())));
        Map<String, String> unique = new HashMap<>();
        paths.forEach((name, found) -> {
            if (found.size() == 1) {
                unique.put(name, found.get(0));
            }
        });
        return unique;
    }

    static Kind describe(KindDescription kind, Caller caller, Map<String, String> bySoapName) {
        Function<String, Refers> refers = name -> refers(name, kind, bySoapName);
        return new Kind(kind.path(), kind.register(), Words.of(kind::registerLabel), Words.of(kind::label), Words.about(kind::description),
                kind.read().map(Enum::name).orElse(null), kind.write().name(), caller.may(kind.write()),
                new Soap(kind.register(), kind.soapName(), kind.soapPluralName()),
                kind.fields().stream().map(field -> field(field, refers)).toList(), kind.filters().stream().map(filter -> filter(filter, kind)).toList());
    }

    private static KindField field(FieldDescription field, Function<String, Refers> refers) {
        boolean identifier = field.type() == FieldType.LONG || field.type() == FieldType.INTEGER;
        return new KindField(field.name(), field.type(), Words.of(field::label), Words.about(field::description), field.required(),
                field.readOnly(), field.maxLength().orElse(null), field.minimum().orElse(null), field.maximum().orElse(null),
                field.pattern().orElse(null), field.codeList().orElse(null), field.notFuture() ? Boolean.TRUE : null,
                field.values().isEmpty() ? null : field.values().stream()
                        .map(value -> new KindValue(value, Words.of(language -> field.valueLabel(value, language)))).toList(),
                identifier ? refers.apply(field.name()) : null,
                field.items().map(items -> field(items, refers)).orElse(null),
                field.fields().isEmpty() ? null : field.fields().stream().map(nested -> field(nested, refers)).toList());
    }

    /**
     * What a field named {@code <x>Id} points at: {@code parentId} a record of its own kind; a
     * territory level's name ({@code communityId}, {@code gridId}) a node of that level, and
     * {@code nodeId} any node; otherwise the one kind the SOAP door calls X. None when the name
     * fits nothing, so that a wrong guess never offers records a field refuses.
     */
    private static Refers refers(String name, KindDescription kind, Map<String, String> bySoapName) {
        if (!name.endsWith("Id") || name.length() == 2) {
            return null;
        }
        String base = name.substring(0, name.length() - 2);
        if (base.equals("parent")) {
            return new Refers(kind.path(), null);
        }
        if (base.equals("node")) {
            return new Refers(TERRITORY_NODES, null);
        }
        for (TerritoryLevel level : TerritoryLevel.values()) {
            if (level.name().equalsIgnoreCase(base)) {
                return new Refers(TERRITORY_NODES, level.name());
            }
        }
        String path = bySoapName.get(base.toLowerCase(Locale.ROOT));
        return path == null ? null : new Refers(path, null);
    }

    private static KindFilter filter(FilterDescription filter, KindDescription kind) {
        return new KindFilter(filter.name(), filter.type(), filter.values().isEmpty() ? null : filter.values(),
                Words.of(language -> kind.filterLabel(filter.name(), language)), filter.description());
    }
}
