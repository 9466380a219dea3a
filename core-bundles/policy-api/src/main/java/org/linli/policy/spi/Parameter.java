package org.linli.policy.spi;

import java.util.Objects;

/**
 * A number or setting of a rule that a district may change in its configuration, with the
 * default the source document gives.
 *
 * @param name         the key, unique within the rule ({@code minMembers})
 * @param defaultValue the default, as text
 * @param description  what it means
 */
public record Parameter(String name, String defaultValue, Text description) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }
}
