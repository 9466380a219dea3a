package org.linli.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** Money spent from a budget line, within its year and its amount. */
public class Spending implements Identified {
    private Long id;
    private Long budgetLineId;
    private Long organisationId;
    private LocalDate spentOn;
    private BigDecimal amount;
    private String purpose;
    private String payee;
    private Long consultationMeetingId;
    private Long consultationId;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public void setBudgetLineId(Long budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    /** Taken from the budget line. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    /** Yuan. */
    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPayee() {
        return payee;
    }

    public void setPayee(String payee) {
        this.payee = payee;
    }

    /** The consultation meeting (社区协商会议) that discussed the spending. */
    public Long getConsultationMeetingId() {
        return consultationMeetingId;
    }

    public void setConsultationMeetingId(Long consultationMeetingId) {
        this.consultationMeetingId = consultationMeetingId;
    }

    /** The consultation (议事协商) that approved the spending. */
    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }
}
