package org.linli.policy;

/** Which plugin governs a jurisdiction (辖区), from etc/org.linli.policy.bindings.cfg; the nearest binding above a community governs it. */
public class Binding {
    /** the territory node's code */
    private String code;
    private Long nodeId;
    private String nodeName;
    private String plugin;
    /** whether the plugin is running now */
    private boolean installed;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public String getNodeName() {
        return nodeName;
    }

    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin;
    }

    public boolean isInstalled() {
        return installed;
    }

    public void setInstalled(boolean installed) {
        this.installed = installed;
    }
}
