package org.linli.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linli.common.ValidationException;
import org.linli.security.Permission;

/**
 * A kind of record as callers see it, the one description from which the doors, the API documents
 * and the console's lists and forms follow: its path ({@code budget-lines}), its names in SOAP,
 * its fields with their types, rules and labels, its search filters and the permissions to read
 * and write it. Published by the register that keeps the kind ({@link RecordStore#description()}).
 */
public final class KindDescription {
    private final String path;
    private final String name;
    private final String register;
    private final Class<?> bean;
    private final Permission read;
    private final Permission write;
    private final List<FieldDescription> fields;
    private final List<FilterDescription> filters;
    private final Labels labels;

    /**
     * The description of the kind at {@code path} whose records are {@code bean}s, with the rules
     * its type declares and the words of the {@code kinds*.properties} in {@code wordsOwner}'s
     * package; a rule for a field the bean does not have is an error of the type's code.
     *
     * @param read the permission to read; {@code null}: every authenticated caller
     */
    public static KindDescription of(String path, String name, Class<?> bean, Permission read, Permission write, FieldRules rules,
                                     List<FilterDescription> filters, Class<?> wordsOwner) {
        Labels labels = new Labels(wordsOwner);
        return new KindDescription(path, name, bean, read, write, FieldDescription.describe(bean, path, rules.byName(), labels, 0),
                List.copyOf(filters), labels);
    }

    private KindDescription(String path, String name, Class<?> bean, Permission read, Permission write,
                    List<FieldDescription> fields, List<FilterDescription> filters, Labels labels) {
        this.path = path;
        this.name = name;
        String[] packages = bean.getPackageName().split("\\.");
        this.register = packages[packages.length - 1];
        this.bean = bean;
        this.read = read;
        this.write = write;
        this.fields = fields;
        this.filters = filters;
        this.labels = labels;
    }

    /** The kind's path under the REST door and its key in the API's documents: {@code budget-lines}. */
    public String path() {
        return path;
    }

    /** The kind's name in messages: {@code budget line}. */
    public String name() {
        return name;
    }

    /** The register that keeps the kind, the last part of its bean's package: {@code organisations}. */
    public String register() {
        return register;
    }

    /** The register's label, under the key {@code register} of its words: {@code Community affairs}. */
    public String registerLabel(Locale locale) {
        return labels.get("register", locale).orElse(register);
    }

    /** The name of one record in SOAP operations and types: {@code BudgetLine} ({@code createBudgetLine}). */
    public String soapName() {
        return camel(name);
    }

    /** The name of several in SOAP: {@code BudgetLines} ({@code findBudgetLines}). */
    public String soapPluralName() {
        return camel(path);
    }

    /** The bean that carries a record of the kind. */
    public Class<?> bean() {
        return bean;
    }

    /** The permission to read; empty when every authenticated caller reads the kind. */
    public Optional<Permission> read() {
        return Optional.ofNullable(read);
    }

    /** The permission to create, change and delete. */
    public Permission write() {
        return write;
    }

    public List<FieldDescription> fields() {
        return fields;
    }

    public Optional<FieldDescription> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** The search filters, beside {@code page} and {@code size}. */
    public List<FilterDescription> filters() {
        return filters;
    }

    /**
     * Refuses {@code name} unless it is one of this kind's filters: the 400 every store answers for
     * a search parameter it does not know.
     */
    public void requireFilter(String name) {
        if (filters.stream().noneMatch(filter -> filter.name().equals(name))) {
            throw new ValidationException(name, "unknown", name + " is not a filter of " + path + "; known: "
                    + filters.stream().map(FilterDescription::name).toList());
        }
    }

    /** The kind's label in {@code locale}'s language (Chinese or English), else in English, else its name. */
    public String label(Locale locale) {
        return labels.get(path, locale).orElse(name);
    }

    public Optional<String> description(Locale locale) {
        return labels.get(path + ".about", locale);
    }

    /** A filter's label: its own words ({@code <kind>.filter.<name>}), else those of the field it is named after, else its name. */
    public String filterLabel(String filter, Locale locale) {
        return labels.get(path + ".filter." + filter, locale)
                .or(() -> fields.stream().filter(field -> field.name().equals(filter)).findFirst().map(field -> field.label(locale)))
                .orElse(filter);
    }

    /**
     * What the description lacks, one line each: a word in Chinese or English for the kind, a
     * field or a value of an enumeration, or a limit on a text a caller writes. A kind's tests
     * require none.
     */
    public List<String> problems() {
        List<String> keys = new ArrayList<>();
        keys.add("register");
        keys.add(path);
        fields.forEach(field -> keys(field, keys));
        filters.stream().map(FilterDescription::name).filter(filter -> fields.stream().noneMatch(field -> field.name().equals(filter)))
                .forEach(filter -> keys.add(path + ".filter." + filter));
        List<String> problems = new ArrayList<>();
        for (Locale language : Labels.LANGUAGES) {
            keys.stream().filter(key -> labels.exactly(key, language).isEmpty())
                    .forEach(key -> problems.add("no " + language.getDisplayLanguage(Locale.ENGLISH) + " label " + key));
            // An explanation is optional, but one given is given in both languages.
            keys.stream().map(key -> key + ".about").filter(about -> Arrays.stream(Labels.LANGUAGES)
                            .anyMatch(other -> labels.exactly(about, other).isPresent()) && labels.exactly(about, language).isEmpty())
                    .forEach(about -> problems.add("no " + language.getDisplayLanguage(Locale.ENGLISH) + " text " + about));
        }
        fields.stream().filter(field -> field.type() == FieldType.TEXT && !field.readOnly() && field.maxLength().isEmpty()
                        && field.codeList().isEmpty())
                .forEach(field -> problems.add("no maxLength on " + path + "." + field.name()));
        return problems;
    }

    private static void keys(FieldDescription field, List<String> keys) {
        if (!field.name().equals("id")) {
            keys.add(field.key());
        }
        field.values().forEach(value -> keys.add("enum." + field.javaType().getSimpleName() + "." + value));
        field.items().ifPresent(items -> {
            items.values().forEach(value -> keys.add("enum." + items.javaType().getSimpleName() + "." + value));
            items.fields().forEach(item -> keys(item, keys));
        });
        field.fields().forEach(inner -> keys(inner, keys));
    }

    private static String camel(String words) {
        return Arrays.stream(words.split("[ /-]"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return path;
    }
}
