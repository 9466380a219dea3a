package org.linli.services;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/** A resident's request or problem (诉求 / 办件) and where it stands. Its status changes only through steps, which keep the history. */
public class Request implements Identified {
    private Long id;
    private String serviceCode;
    private String description;
    private Long nodeId;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Channel channel;
    private Long requesterResidentId;
    private String requesterName;
    private Long patrolId;
    private RequestStatus status;
    private String owner;
    private String agencyResponsible;
    private String statusNotes;
    private LocalDateTime receivedAt;
    private LocalDateTime expectedAt;
    private LocalDateTime completedAt;
    private LocalDateTime notifiedAt;
    private List<Attachment> attachments = new ArrayList<>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The catalogued service; absent for a free-text problem. */
    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Where: a community, grid, building or dwelling. */
    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getRequesterResidentId() {
        return requesterResidentId;
    }

    public void setRequesterResidentId(Long requesterResidentId) {
        this.requesterResidentId = requesterResidentId;
    }

    /** Taken from the resident record when only its id is given. */
    public String getRequesterName() {
        return requesterName;
    }

    public void setRequesterName(String requesterName) {
        this.requesterName = requesterName;
    }

    /** The grid patrol whose finding this is. */
    public Long getPatrolId() {
        return patrolId;
    }

    public void setPatrolId(Long patrolId) {
        this.patrolId = patrolId;
    }

    /** RECEIVED on creation; changed by steps. */
    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    /** The user who accepted it first (首问负责). */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getAgencyResponsible() {
        return agencyResponsible;
    }

    public void setAgencyResponsible(String agencyResponsible) {
        this.agencyResponsible = agencyResponsible;
    }

    /** The note of the last step. */
    public String getStatusNotes() {
        return statusNotes;
    }

    public void setStatusNotes(String statusNotes) {
        this.statusNotes = statusNotes;
    }

    /** Set on creation. */
    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    /** Due: receivedAt plus the service's time limit on the work calendar. */
    public LocalDateTime getExpectedAt() {
        return expectedAt;
    }

    public void setExpectedAt(LocalDateTime expectedAt) {
        this.expectedAt = expectedAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(LocalDateTime completedAt) {
        this.completedAt = completedAt;
    }

    public LocalDateTime getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(LocalDateTime notifiedAt) {
        this.notifiedAt = notifiedAt;
    }

    /** Metadata of files kept elsewhere; replaced as a whole on update. */
    public List<Attachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Attachment> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : attachments;
    }
}
