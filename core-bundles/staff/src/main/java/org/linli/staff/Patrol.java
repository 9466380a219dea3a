package org.linli.staff;

import java.time.LocalDate;
import java.time.LocalTime;
import org.linli.common.Identified;

/** A patrol of a grid, as its grid log (民情日志) records it: who patrolled, when, and what they found. */
public class Patrol implements Identified {
    private Long id;
    private Long gridId;
    private Long workerId;
    private LocalDate patrolledOn;
    private LocalTime startsAt;
    private Integer minutes;
    private String findings;
    private Integer issuesFound;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public LocalDate getPatrolledOn() {
        return patrolledOn;
    }

    public void setPatrolledOn(LocalDate patrolledOn) {
        this.patrolledOn = patrolledOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    /** What was seen: hazards, disputes, residents' requests (民情). */
    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    /** Issues found and logged. */
    public Integer getIssuesFound() {
        return issuesFound;
    }

    public void setIssuesFound(Integer issuesFound) {
        this.issuesFound = issuesFound;
    }
}
