package org.linli.services;

import java.time.LocalDateTime;
import org.linli.common.Identified;

/** A request escalated to a department (街乡吹哨、部门报到): the department must acknowledge and report back by the deadline. */
public class Dispatch implements Identified {
    private Long id;
    private Long requestId;
    private String department;
    private LocalDateTime sentAt;
    private LocalDateTime deadline;
    private LocalDateTime acknowledgedAt;
    private LocalDateTime reportedAt;
    private String report;
    private String state;

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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    /** Set on creation. */
    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public void setSentAt(LocalDateTime sentAt) {
        this.sentAt = sentAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public void setAcknowledgedAt(LocalDateTime acknowledgedAt) {
        this.acknowledgedAt = acknowledgedAt;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    /** PENDING, ACKNOWLEDGED, REPORTED, or OVERDUE when the deadline passed without a report. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
