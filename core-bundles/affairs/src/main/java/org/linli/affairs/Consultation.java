package org.linli.affairs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/** A consultation (议事协商) held by an organisation: its topic, participants, minutes and decision, and the steps its procedure demands, in their order. */
public class Consultation implements Identified {
    private Long id;
    private Long organisationId;
    private String topic;
    private String procedure;
    private LocalDate heldOn;
    private Long meetingId;
    private List<String> participants = new ArrayList<>();
    private String minutes;
    private String decision;
    private List<ConsultationStep> steps = new ArrayList<>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The committee that holds it. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    /** Code list procedure; its steps are the code list procedure-<code>, in their order. */
    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    /** The meeting where it was deliberated. */
    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants == null ? new ArrayList<>() : participants;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    /** The steps taken so far: a prefix of the procedure's steps, dated in order. */
    public List<ConsultationStep> getSteps() {
        return steps;
    }

    public void setSteps(List<ConsultationStep> steps) {
        this.steps = steps == null ? new ArrayList<>() : steps;
    }
}
