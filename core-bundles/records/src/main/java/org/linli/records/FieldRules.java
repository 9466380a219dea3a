package org.linli.records;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rules of a kind's fields, by field, as its type declares them ({@link FieldRule}). */
public final class FieldRules {
    private final Map<String, FieldRule> rules = new LinkedHashMap<>();

    /** The rule of the field {@code fieldName}, declared the first time it is asked for. */
    public FieldRule field(String fieldName) {
        return rules.computeIfAbsent(fieldName, FieldRule::new);
    }

    /**
     * Checks every declared rule of {@code record}, once the kind's description has been built
     * from these rules ({@link KindDescription#of}), which finds each field's getter.
     */
    public void check(FieldContext context, Object record) {
        rules.values().forEach(rule -> rule.check(context, record));
    }

    Map<String, FieldRule> byName() {
        return rules;
    }
}
