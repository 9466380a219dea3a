package org.linli.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** An appraisal of a worker for a period (考核). */
public class Appraisal implements Identified {
    private Long id;
    private Long workerId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private AppraisalMethod method;
    private BigDecimal score;
    private AppraisalResult result;
    private String assessor;
    private Integer sampleSize;
    private LocalDate noticeOn;
    private AppraisalConsequence consequence;

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

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public AppraisalMethod getMethod() {
        return method;
    }

    public void setMethod(AppraisalMethod method) {
        this.method = method;
    }

    /** 0 to 100. */
    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public AppraisalResult getResult() {
        return result;
    }

    public void setResult(AppraisalResult result) {
        this.result = result;
    }

    /** Who assessed: the organisation, or the third party that ran the survey. */
    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    /** Residents asked, for a third-party survey. */
    public Integer getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(Integer sampleSize) {
        this.sampleSize = sampleSize;
    }

    /** Public notice (社会公示) of the result. */
    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public AppraisalConsequence getConsequence() {
        return consequence;
    }

    public void setConsequence(AppraisalConsequence consequence) {
        this.consequence = consequence;
    }
}
