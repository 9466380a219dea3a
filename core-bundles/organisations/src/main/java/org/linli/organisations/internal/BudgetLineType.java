package org.linli.organisations.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.organisations.BudgetLine;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class BudgetLineType extends OrganisationPart<BudgetLine> {
    BudgetLineType(OrganisationType organisations) {
        super(BudgetLine.class, "budget line", "budget_line", organisations);
        filter("fiscalYear", Filter.integer("t.fiscal_year", "of this year"));
        filter("fund", Filter.text("t.fund", "of this fund (code list fund)"));
        field("organisationId").required();
        field("fiscalYear").required().range(2000, 2100);
        field("fund").required().code("fund");
        field("amount").required().range(0, 1_000_000_000_000L);
        field("spent").readOnly();
    }

    @Override
    Long organisationId(BudgetLine record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, BudgetLine line, BudgetLine stored) {
        organisation(check, line.getOrganisationId());
        check.fields().throwIfAny();
        if (stored != null) {
            BigDecimal spent = spent(check.em(), List.of(stored.getId())).get(stored.getId());
            boolean moved = !stored.getOrganisationId().equals(line.getOrganisationId()) || !stored.getFiscalYear().equals(line.getFiscalYear());
            if (moved && spent != null) {
                throw new ConflictException("fiscalYear", "in_use", "a budget line with spending keeps its organisation and year");
            }
            spent = spent == null ? BigDecimal.ZERO : spent;
            if (line.getAmount().compareTo(spent) < 0) {
                throw new ConflictException("amount", "below_spent", "the line has spent " + spent + " already");
            }
        }
    }

    @Override
    protected String uniqueField() {
        return "fund";
    }

    @Override
    protected void complete(EntityManager em, List<BudgetLine> lines) {
        if (!lines.isEmpty()) {
            Map<Long, BigDecimal> spent = spent(em, lines.stream().map(BudgetLine::getId).toList());
            lines.forEach(line -> line.setSpent(spent.getOrDefault(line.getId(), BigDecimal.ZERO)));
        }
    }

    static Map<Long, BigDecimal> spent(EntityManager em, List<Long> lineIds) {
        Map<Long, BigDecimal> spent = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.budgetLineId, SUM(s.amount) FROM Spending s WHERE s.budgetLineId IN :ids"
                + " GROUP BY s.budgetLineId", Object[].class).setParameter("ids", lineIds).getResultList()) {
            spent.put((Long) row[0], (BigDecimal) row[1]);
        }
        return spent;
    }
}
