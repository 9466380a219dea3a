package org.linli.organisations;

import java.math.BigDecimal;
import org.linli.common.Identified;

/** A year's budget of one fund of an organisation (办公经费, 自治经费, 公益金…). spent is the sum of its spending. */
public class BudgetLine implements Identified {
    private Long id;
    private Long organisationId;
    private Integer fiscalYear;
    private String fund;
    private BigDecimal amount;
    private BigDecimal spent;

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

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** Code list fund. */
    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    /** Yuan. */
    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public void setSpent(BigDecimal spent) {
        this.spent = spent;
    }
}
