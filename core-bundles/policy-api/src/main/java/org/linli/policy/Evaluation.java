package org.linli.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One run of the rules over a community, street or district: when, by whom, as of which day, the parameters used and every finding. */
public class Evaluation {
    private Long id;
    private Long nodeId;
    private String nodeName;
    /** EVALUATION, COMPARISON or PREVIEW */
    @Schema(allowableValues = {"EVALUATION", "COMPARISON", "PREVIEW"})
    private String purpose;
    /** the plugin evaluated, when one was named; otherwise each community's bound plugin */
    private String plugin;
    private LocalDate asOf;
    private LocalDateTime evaluatedAt;
    private String evaluatedBy;
    private VerdictCounts counts;
    private List<ParameterValue> parameters = new ArrayList<>();
    private List<Finding> findings = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPlugin() {
        return plugin;
    }

    public void setPlugin(String plugin) {
        this.plugin = plugin;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public LocalDateTime getEvaluatedAt() {
        return evaluatedAt;
    }

    public void setEvaluatedAt(LocalDateTime evaluatedAt) {
        this.evaluatedAt = evaluatedAt;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public void setEvaluatedBy(String evaluatedBy) {
        this.evaluatedBy = evaluatedBy;
    }

    public VerdictCounts getCounts() {
        return counts;
    }

    public void setCounts(VerdictCounts counts) {
        this.counts = counts;
    }

    public List<ParameterValue> getParameters() {
        return parameters;
    }

    public void setParameters(List<ParameterValue> parameters) {
        this.parameters = parameters == null ? new ArrayList<>() : parameters;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public void setFindings(List<Finding> findings) {
        this.findings = findings == null ? new ArrayList<>() : findings;
    }
}
