package org.linli.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.linli.common.Identified;

/** A change of a worker's status, with its date and reason. */
@Schema(description = "A change of a worker's status, with its date and reason.")
public class StatusChange implements Identified {
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long id;
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long workerId;
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    private WorkerStatus status;
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    private LocalDate changedOn;
    @Schema(description = "Required for every status but ACTIVE.", maxLength = 200)
    private String reason;
    @Schema(description = "The user who recorded the change.", maxLength = 100, accessMode = Schema.AccessMode.READ_ONLY)
    private String recordedBy;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public WorkerStatus getStatus() {
        return status;
    }

    public void setStatus(WorkerStatus status) {
        this.status = status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }

    /** Required for every status but ACTIVE. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The user who recorded the change. */
    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
