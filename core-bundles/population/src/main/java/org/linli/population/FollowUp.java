package org.linli.population;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A follow-up of a resident in a special group (帮扶 / 随访). */
public class FollowUp implements Identified {
    private Long id;
    private Long memberId;
    private Long workerId;
    private LocalDate followedOn;
    private FollowUpMethod method;
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public LocalDate getFollowedOn() {
        return followedOn;
    }

    public void setFollowedOn(LocalDate followedOn) {
        this.followedOn = followedOn;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(FollowUpMethod method) {
        this.method = method;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
