package org.linli.policy;

/** A policy plugin running now: its ID, the version of its bundle, and how many rules it brings. */
public class PluginInfo {
    /** the plugin ID, as bindings name it (beijing) */
    private String id;
    /** the plugin bundle's version */
    private String version;
    /** the plugin bundle's symbolic name */
    private String bundle;
    private int ruleCount;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getBundle() {
        return bundle;
    }

    public void setBundle(String bundle) {
        this.bundle = bundle;
    }

    public int getRuleCount() {
        return ruleCount;
    }

    public void setRuleCount(int ruleCount) {
        this.ruleCount = ruleCount;
    }
}
