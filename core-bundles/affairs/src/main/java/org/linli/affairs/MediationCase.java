package org.linli.affairs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/** A mediation case (调解): a dispute between parties, the mediators, and how it ended. */
public class MediationCase implements Identified {
    private Long id;
    private Long nodeId;
    private String title;
    private String kind;
    private List<String> parties = new ArrayList<>();
    private List<String> mediators = new ArrayList<>();
    private LocalDate openedOn;
    private LocalDate closedOn;
    private MediationOutcome outcome;
    private String agreement;
    private Long requestId;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** Where the dispute arose: a community, grid, building or dwelling. */
    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** Code list dispute. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** At least two. */
    public List<String> getParties() {
        return parties;
    }

    public void setParties(List<String> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

    /** At least one. */
    public List<String> getMediators() {
        return mediators;
    }

    public void setMediators(List<String> mediators) {
        this.mediators = mediators == null ? new ArrayList<>() : mediators;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    /** Required once the outcome is known. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public MediationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(MediationOutcome outcome) {
        this.outcome = outcome;
    }

    /** The agreement reached; required for AGREED and PARTIAL. */
    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    /** The request that brought the dispute to the community. */
    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }
}
