package org.linli.services;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.common.Identified;

/** One step of a request: what was done, by whom, when. */
@Schema(description = "One step of a request: what was done, by whom, when.")
public class RequestStep implements Identified {
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long id;
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long requestId;
    @Schema(description = "RECEIVE is recorded by Linli when a request is registered; a caller takes the others.",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private StepAction action;
    @Schema(description = "The status the step led to.", accessMode = Schema.AccessMode.READ_ONLY)
    private RequestStatus status;
    @Schema(description = "Local time of the installation, ISO-8601 without offset", accessMode = Schema.AccessMode.READ_ONLY)
    private LocalDateTime happenedAt;
    @Schema(description = "The user who took the step.", maxLength = 100, accessMode = Schema.AccessMode.READ_ONLY)
    private String actor;
    @Schema(description = "Required to REJECT (the reason) and to NOTIFY (how the resident was told).", maxLength = 1000)
    private String note;
    @Schema(description = "Sets the request's agency, on ACCEPT or START.", maxLength = 100)
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
