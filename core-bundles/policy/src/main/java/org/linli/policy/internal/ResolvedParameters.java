package org.linli.policy.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.policy.ParameterValue;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;

/**
 * One rule's parameters for one place: the override of the nearest territory node that has one,
 * else the plugin's own setting, else the rule's default.
 */
final class ResolvedParameters implements Parameters {
    private final String plugin;
    private final String ruleId;
    private final Map<String, ParameterValue> values = new LinkedHashMap<>();

    /**
     * @param codes the territory codes from the place judged up to the root, nearest first
     */
    ResolvedParameters(String plugin, Rule rule, Map<String, String> configured, List<String> codes) {
        this.plugin = plugin;
        this.ruleId = rule.id();
        for (Parameter parameter : rule.parameters()) {
            String key = rule.id() + "." + parameter.name();
            String value = parameter.defaultValue();
            String source = "default";
            if (configured.containsKey(key)) {
                value = configured.get(key);
                source = "plugin";
            }
            for (String code : codes) {
                String scoped = configured.get(key + "@" + code);
                if (scoped != null) {
                    value = scoped;
                    source = code;
                    break;
                }
            }
            ParameterValue resolved = new ParameterValue();
            resolved.setPlugin(plugin);
            resolved.setRuleId(rule.id());
            resolved.setName(parameter.name());
            resolved.setValue(value);
            resolved.setSource(source);
            values.put(parameter.name(), resolved);
        }
    }

    List<ParameterValue> values() {
        return List.copyOf(values.values());
    }

    @Override
    public String text(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("rule " + ruleId + " of plugin " + plugin + " declares no parameter " + name);
        }
        return value.getValue();
    }

    @Override
    public int integer(String name) {
        try {
            return Integer.parseInt(text(name).strip());
        } catch (NumberFormatException e) {
            throw misconfigured(name, "a whole number");
        }
    }

    @Override
    public BigDecimal decimal(String name) {
        try {
            return new BigDecimal(text(name).strip());
        } catch (NumberFormatException e) {
            throw misconfigured(name, "a number");
        }
    }

    @Override
    public List<String> list(String name) {
        return Arrays.stream(text(name).split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private IllegalArgumentException misconfigured(String name, String expected) {
        ParameterValue value = values.get(name);
        return new IllegalArgumentException(ruleId + "." + name + " = '" + value.getValue() + "' (from "
                + value.getSource() + ") is not " + expected + "; fix etc/" + PolicyConfig.PARAMETERS_PREFIX + plugin + ".cfg");
    }
}
