package org.linli.policy;

import io.swagger.v3.oas.annotations.media.Schema;

/** A parameter's value for one community or jurisdiction, and where it came from. */
public class ParameterValue {
    private String plugin;
    private String ruleId;
    private String name;
    private String value;
    /** "default", "plugin" (the plugin's own setting) or the territory code whose override applies */
    @Schema(description = "default, plugin, or the territory code whose override applies")
    private String source;

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin;
    }

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
