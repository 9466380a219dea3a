package org.linli.records;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One field of a kind of record as callers see it: its JSON name and type, whether it is
 * required, its limits, its values or code list, and its label in Chinese and English. The rules
 * are those the store enforces ({@link FieldRule}).
 */
public final class FieldDescription {
    /** How deep objects nest in a record: a household's members' residents and no further. */
    private static final int MAX_DEPTH = 3;

    private final String name;
    private final String key;
    private final FieldType type;
    private final Class<?> javaType;
    private final FieldRule rule;
    private final List<String> values;
    private final FieldDescription items;
    private final List<FieldDescription> fields;
    private final Labels labels;

    private FieldDescription(String name, String key, Type type, FieldRule rule, Labels labels, int depth) {
        this.name = name;
        this.key = key;
        this.rule = rule == null ? new FieldRule(name) : rule;
        this.labels = labels;
        this.javaType = raw(type);
        this.type = typeOf(javaType);
        this.values = javaType.isEnum()
                ? Arrays.stream(javaType.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList() : List.of();
        this.items = this.type == FieldType.LIST && type instanceof ParameterizedType list
                ? new FieldDescription(name, key, list.getActualTypeArguments()[0], this.rule.eachOrNew(), labels, depth + 1) : null;
        this.fields = this.type == FieldType.OBJECT && depth < MAX_DEPTH
                ? describe(javaType, key, this.rule.fields(), labels, depth + 1) : List.of();
    }

    /**
     * The properties of {@code bean} in the order of its fields, with {@code rules} declared by
     * name; a rule for a property {@code bean} does not have is an error of the kind's code.
     */
    static List<FieldDescription> describe(Class<?> bean, String prefix, Map<String, FieldRule> rules, Labels labels, int depth) {
        for (String ruled : rules.keySet()) {
            if (getter(bean, ruled).isEmpty()) {
                throw new IllegalStateException(bean.getName() + " has no field " + ruled + " (" + prefix + ")");
            }
        }
        List<FieldDescription> described = new ArrayList<>();
        for (Field field : fields(bean)) {
            Optional<Method> getter = getter(bean, field.getName());
            if (getter.isEmpty()) {
                continue;
            }
            FieldRule rule = rules.get(field.getName());
            if (rule != null) {
                rule.bind(getter.get());
            }
            described.add(new FieldDescription(field.getName(), prefix + "." + field.getName(),
                    getter.get().getGenericReturnType(), rule, labels, depth));
        }
        return List.copyOf(described);
    }

    private static List<Field> fields(Class<?> bean) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    own.add(field);
                }
            }
            fields.addAll(0, own);
        }
        return fields;
    }

    static Optional<Method> getter(Class<?> bean, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                Method method = bean.getMethod(prefix + suffix);
                if (method.getReturnType() != void.class) {
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException e) {
                // the next prefix
            }
        }
        return Optional.empty();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static FieldType typeOf(Class<?> c) {
        if (c == Long.class || c == long.class) {
            return FieldType.LONG;
        }
        if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
            return FieldType.INTEGER;
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class) {
            return FieldType.DECIMAL;
        }
        if (c == String.class) {
            return FieldType.TEXT;
        }
        if (c == Boolean.class || c == boolean.class) {
            return FieldType.BOOLEAN;
        }
        if (c == LocalDate.class) {
            return FieldType.DATE;
        }
        if (c == LocalTime.class) {
            return FieldType.TIME;
        }
        if (c == LocalDateTime.class || c == Instant.class || c == OffsetDateTime.class) {
            return FieldType.DATE_TIME;
        }
        if (c.isEnum()) {
            return FieldType.ENUM;
        }
        if (Collection.class.isAssignableFrom(c)) {
            return FieldType.LIST;
        }
        return FieldType.OBJECT;
    }

    /** The field's name in JSON and XML. */
    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    /** The Java type of the bean property. */
    public Class<?> javaType() {
        return javaType;
    }

    public boolean required() {
        return rule.isRequired();
    }

    /** Set by the store: a caller's value is ignored or replaced. */
    public boolean readOnly() {
        return rule.isReadOnly() || "id".equals(name);
    }

    /** The longest text the field takes, in characters; empty when it is not a text. */
    public Optional<Integer> maxLength() {
        return Optional.ofNullable(rule.maxLength());
    }

    public Optional<Long> minimum() {
        return Optional.ofNullable(rule.minimum());
    }

    public Optional<Long> maximum() {
        return Optional.ofNullable(rule.maximum());
    }

    /** The code list ({@link Code}) whose codes the field takes. */
    public Optional<String> codeList() {
        return Optional.ofNullable(rule.codeList());
    }

    /** The regular expression a text must match. */
    public Optional<String> pattern() {
        return Optional.ofNullable(rule.pattern());
    }

    /** A date that must not lie in the future. */
    public boolean notFuture() {
        return rule.isNotFuture();
    }

    /** The values an {@link FieldType#ENUM} takes. */
    public List<String> values() {
        return values;
    }

    /** What a {@link FieldType#LIST} holds. */
    public Optional<FieldDescription> items() {
        return Optional.ofNullable(items);
    }

    /** The fields of an {@link FieldType#OBJECT}. */
    public List<FieldDescription> fields() {
        return fields;
    }

    /** The key of the field's words in its register's {@code kinds.properties}. */
    public String key() {
        return key;
    }

    /** The field's label in {@code locale}'s language (Chinese or English), else in English, else its name. */
    public String label(Locale locale) {
        return labels.get(key, locale).orElse(name);
    }

    /** The longer text about the field, if there is one. */
    public Optional<String> description(Locale locale) {
        return labels.get(key + ".about", locale);
    }

    /** The label of one of an {@link FieldType#ENUM}'s values. */
    public String valueLabel(String value, Locale locale) {
        return labels.get("enum." + javaType.getSimpleName() + "." + value, locale).orElse(value);
    }
}
