package org.linli.records;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.linli.common.FieldChecks;

/**
 * What a kind of record says about one of its fields: required or not, its limits, its code list.
 * The declaration is the check: the store checks every declared rule before the kind's own
 * checks of its own ({@code RecordType.check} in {@code org.linli.records.jpa}), and the kind's description publishes the same rules, so what
 * an integrator or the console reads about a field is what the store enforces.
 */
public final class FieldRule {
    private final String name;
    private boolean required;
    private boolean readOnly;
    private Integer maxLength;
    private boolean noMarkup;
    private Long minimum;
    private Long maximum;
    private int decimals = 2;
    private String codeList;
    private Pattern pattern;
    private String patternText;
    private boolean notFuture;
    private FieldRule each;
    private final Map<String, FieldRule> fields = new LinkedHashMap<>();
    private Method getter;

    FieldRule(String name) {
        this.name = name;
    }

    /** The field must be present; a text must not be blank. */
    public FieldRule required() {
        required = true;
        return this;
    }

    /** A text of at most {@code maxLength} characters, none a control character. */
    public FieldRule text(int maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    /** A required text of at most {@code maxLength} characters without markup ({@code < >}): a name or title. */
    public FieldRule name(int maxLength) {
        noMarkup = true;
        return required().text(maxLength);
    }

    /** A number from {@code minimum} to {@code maximum}, with at most two decimals (see {@link #anyDecimals()}). */
    public FieldRule range(long minimum, long maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
        return this;
    }

    /** A measure rather than an amount, such as a coordinate: its {@link #range} takes any number of decimals. */
    public FieldRule anyDecimals() {
        decimals = Integer.MAX_VALUE;
        return this;
    }

    /** A code of the code list {@code list} ({@link Code}), at most {@link Code#MAX_LENGTH} characters. */
    public FieldRule code(String list) {
        this.codeList = list;
        if (maxLength == null) {
            maxLength = Code.MAX_LENGTH;
        }
        return this;
    }

    /** A text matching {@code regex}, described to callers as {@code expected}. */
    public FieldRule pattern(String regex, String expected) {
        this.pattern = Pattern.compile(regex);
        this.patternText = expected;
        return this;
    }

    /** A day that has come: the record tells what happened, not what is planned. */
    public FieldRule notFuture() {
        notFuture = true;
        return this;
    }

    /** The rules of each element of a list, each checked as {@code name[i]}. */
    public FieldRule each() {
        if (each == null) {
            each = new FieldRule(name);
        }
        return each;
    }

    /** The rules of a field of this object (of each element, after {@link #each()}), checked as {@code name.field}. */
    public FieldRule field(String fieldName) {
        return fields.computeIfAbsent(fieldName, FieldRule::new);
    }

    /** Set by the store, never by a caller: whatever a caller sends is ignored or replaced. */
    public FieldRule readOnly() {
        readOnly = true;
        return this;
    }

    void check(FieldContext check, Object record) {
        if (!readOnly) {
            check(check, name, read(record));
        }
    }

    /** Checks {@code value}, reported as the field {@code as}, and then its elements or fields. */
    private void check(FieldContext check, String as, Object value) {
        if (readOnly) {
            return;
        }
        checkValue(check, as, value);
        if (each != null && value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                // A missing object is the kind's own business (it may say more than "required").
                if (list.get(i) != null || each.fields.isEmpty()) {
                    each.check(check, as + "[" + i + "]", list.get(i));
                }
            }
        }
        if (value != null && !(value instanceof Collection)) {
            fields.values().forEach(rule -> rule.check(check, as + "." + rule.name, rule.read(value)));
        }
    }

    private void checkValue(FieldContext check, String name, Object value) {
        FieldChecks fields = check.fields();
        if (value instanceof String || (value == null && maxLength != null)) {
            String text = (String) value;
            if (text == null || (required && text.isBlank())) {
                if (required) {
                    fields.add(name, "required", name + " is required");
                }
                return;
            }
            if (maxLength != null) {
                fields.optionalText(name, text, maxLength);
            }
            if (noMarkup && (text.indexOf('<') >= 0 || text.indexOf('>') >= 0)) {
                fields.add(name, "characters", name + " must not contain < or >");
            }
            if (pattern != null) {
                fields.pattern(name, text, pattern, patternText);
            }
            if (codeList != null) {
                check.code(name, codeList, text);
            }
            return;
        }
        if (required) {
            fields.required(name, value);
        }
        if (minimum != null && value instanceof Number number) {
            check.range(name, number, minimum, maximum, decimals);
        }
        if (notFuture && value instanceof LocalDate date) {
            check.notFuture(name, date);
        }
    }

    private Object read(Object record) {
        try {
            return getter.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
        }
    }

    Map<String, FieldRule> fields() {
        return fields;
    }

    FieldRule eachOrNew() {
        return each == null ? new FieldRule(name) : each;
    }

    void bind(Method getter) {
        this.getter = getter;
    }

    String name() {
        return name;
    }

    boolean isRequired() {
        return required;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    Integer maxLength() {
        return maxLength;
    }

    Long minimum() {
        return minimum;
    }

    Long maximum() {
        return maximum;
    }

    String codeList() {
        return codeList;
    }

    String pattern() {
        return pattern == null ? null : pattern.pattern();
    }

    boolean isNotFuture() {
        return notFuture;
    }
}
