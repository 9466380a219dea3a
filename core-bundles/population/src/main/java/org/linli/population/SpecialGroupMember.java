package org.linli.population;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A resident in a special group (特殊人群) and the staff member responsible for their follow-up. */
public class SpecialGroupMember implements Identified {
    private Long id;
    private Long residentId;
    private String groupCode;
    private LocalDate since;
    private LocalDate until;
    private Long responsibleWorkerId;
    private Integer followUpDays;
    private String note;
    private LocalDate lastFollowUpOn;
    private Boolean followUpDue;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    /** Code list special-group. */
    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    /** When the resident left the group. */
    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    /** The community worker who follows the resident up. */
    public Long getResponsibleWorkerId() {
        return responsibleWorkerId;
    }

    public void setResponsibleWorkerId(Long responsibleWorkerId) {
        this.responsibleWorkerId = responsibleWorkerId;
    }

    /** Days allowed between follow-ups. */
    public Integer getFollowUpDays() {
        return followUpDays;
    }

    public void setFollowUpDays(Integer followUpDays) {
        this.followUpDays = followUpDays;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getLastFollowUpOn() {
        return lastFollowUpOn;
    }

    public void setLastFollowUpOn(LocalDate lastFollowUpOn) {
        this.lastFollowUpOn = lastFollowUpOn;
    }

    /** Whether a follow-up is due: none within followUpDays of today. */
    public Boolean getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(Boolean followUpDue) {
        this.followUpDue = followUpDue;
    }
}
