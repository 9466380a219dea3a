package org.linli.services;

import java.time.LocalDateTime;
import org.linli.common.Identified;

/** One step of a request: what was done, by whom, when. */
public class RequestStep implements Identified {
    private Long id;
    private Long requestId;
    private StepAction action;
    private RequestStatus status;
    private LocalDateTime happenedAt;
    private String actor;
    private String note;
    private String agencyResponsible;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public StepAction getAction() {
        return action;
    }

    public void setAction(StepAction action) {
        this.action = action;
    }

    /** The status the step led to. */
    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public void setHappenedAt(LocalDateTime happenedAt) {
        this.happenedAt = happenedAt;
    }

    /** The user who took the step. */
    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    /** Required to REJECT (the reason) and to NOTIFY (how the resident was told). */
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Sets the request's agency, on ACCEPT or START. */
    public String getAgencyResponsible() {
        return agencyResponsible;
    }

    public void setAgencyResponsible(String agencyResponsible) {
        this.agencyResponsible = agencyResponsible;
    }
}
