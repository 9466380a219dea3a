package org.linli.policy.testkit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;

/** A rule's parameters at their defaults, with the values a test sets in their place. */
public class TestParameters implements Parameters {
    private final Map<String, String> values = new HashMap<>();

    public TestParameters(Rule rule) {
        for (Parameter parameter : rule.parameters()) {
            values.put(parameter.name(), parameter.defaultValue());
        }
    }

    /** Sets a value; the rule must declare the parameter. */
    public TestParameters with(String name, String value) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("the rule declares no parameter " + name);
        }
        values.put(name, value);
        return this;
    }

    @Override
    public String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the rule declares no parameter " + name);
        }
        return value;
    }

    @Override
    public int integer(String name) {
        return Integer.parseInt(text(name).strip());
    }

    @Override
    public BigDecimal decimal(String name) {
        return new BigDecimal(text(name).strip());
    }

    @Override
    public List<String> list(String name) {
        return Arrays.stream(text(name).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
