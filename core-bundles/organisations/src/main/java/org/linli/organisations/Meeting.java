package org.linli.organisations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/** A meeting of an organisation (会议): residents' meeting, representatives' meeting, plenary, consultation…, with attendees and decisions. */
public class Meeting implements Identified {
    private Long id;
    private Long organisationId;
    private String type;
    private String title;
    private LocalDate heldOn;
    private Integer attendeeCount;
    private List<String> attendees = new ArrayList<>();
    private List<String> decisions = new ArrayList<>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** Code list meeting. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    /** Defaults to the number of attendees named. */
    public Integer getAttendeeCount() {
        return attendeeCount;
    }

    public void setAttendeeCount(Integer attendeeCount) {
        this.attendeeCount = attendeeCount;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : attendees;
    }

    public List<String> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<String> decisions) {
        this.decisions = decisions == null ? new ArrayList<>() : decisions;
    }
}
