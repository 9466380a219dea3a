package org.linli.policy;

import java.util.ArrayList;
import java.util.List;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;

/** One installed rule, with the clause it comes from and its parameters. */
public class RuleInfo {
    /** the catalogue ID (BJ-02) */
    private String id;
    private String plugin;
    private String pluginVersion;
    private RuleKind kind;
    private SubjectKind subject;
    private String titleZh;
    private String titleEn;
    /** the source document */
    private String clauseSource;
    /** the clause, quoted */
    private String clauseText;
    private List<ParameterInfo> parameters = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    public void setPluginVersion(String pluginVersion) {
        this.pluginVersion = pluginVersion;
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public SubjectKind getSubject() {
        return subject;
    }

    public void setSubject(SubjectKind subject) {
        this.subject = subject;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getClauseSource() {
        return clauseSource;
    }

    public void setClauseSource(String clauseSource) {
        this.clauseSource = clauseSource;
    }

    public String getClauseText() {
        return clauseText;
    }

    public void setClauseText(String clauseText) {
        this.clauseText = clauseText;
    }

    public List<ParameterInfo> getParameters() {
        return parameters;
    }

    public void setParameters(List<ParameterInfo> parameters) {
        this.parameters = parameters == null ? new ArrayList<>() : parameters;
    }
}
