package org.linli.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/**
 * An evaluation running in the background: how many of its communities are judged so far, and
 * the stored run when it is done. A district of hundreds of communities takes a while; the one
 * who started it watches this instead of a request that hangs.
 */
public class EvaluationJob {
    /** What a job is doing. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    private String id;
    private Long nodeId;
    private String nodeName;
    private State state;
    private int communities;
    private int evaluated;
    @Schema(description = "The stored run, once the job is DONE")
    private Long evaluationId;
    @Schema(description = "Why the job FAILED")
    private String problem;
    private LocalDateTime startedAt;
    private String startedBy;

    public String getId() {
        return id;
    }

    public void setId(String id) {
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

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    /** The communities the job judges. */
    public int getCommunities() {
        return communities;
    }

    public void setCommunities(int communities) {
        this.communities = communities;
    }

    /** The communities judged so far. */
    public int getEvaluated() {
        return evaluated;
    }

    public void setEvaluated(int evaluated) {
        this.evaluated = evaluated;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public void setEvaluationId(Long evaluationId) {
        this.evaluationId = evaluationId;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public void setStartedBy(String startedBy) {
        this.startedBy = startedBy;
    }
}
