package org.linli.organisations.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.persistence.LockModeType;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.common.NotFoundException;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Meeting;
import org.linli.organisations.Organisation;
import org.linli.organisations.Spending;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class SpendingType extends OrganisationPart<Spending> {
    private final BudgetLineType lines;
    private final MeetingType meetings;

    SpendingType(OrganisationType organisations, BudgetLineType lines, MeetingType meetings) {
        super(Spending.class, "spending", "spending", organisations);
        this.lines = lines;
        this.meetings = meetings;
        filter("budgetLineId", Filter.id("t.budget_line_id", "from this budget line"));
        filter("from", Filter.from("t.spent_on", "spent on or after this date"));
        filter("to", Filter.to("t.spent_on", "spent on or before this date"));
        field("budgetLineId").required();
        field("spentOn").required();
        field("amount").required().range(0, 1_000_000_000_000L);
        field("purpose").name(200);
        field("payee").text(100);
    }

    @Override
    Long organisationId(Spending record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Spending spending, Spending stored) {
        FieldChecks fields = check.fields();
        if (spending.getAmount() != null && spending.getAmount().signum() <= 0) {
            fields.add("amount", "range", "amount must be more than 0");
        }
        fields.throwIfAny();
        BudgetLine line = check.find("budgetLineId", lines, spending.getBudgetLineId());
        if (spending.getOrganisationId() != null && !spending.getOrganisationId().equals(line.getOrganisationId())) {
            fields.add("organisationId", "mismatch", "organisationId must be the budget line's organisation or absent");
        }
        spending.setOrganisationId(line.getOrganisationId());
        if (spending.getSpentOn().getYear() != line.getFiscalYear()) {
            fields.add("spentOn", "outside_year", "spentOn must lie in the budget line's year, " + line.getFiscalYear());
        }
        Organisation spender = check.em().find(Organisation.class, line.getOrganisationId());
        Meeting meeting = check.find("consultationMeetingId", meetings, spending.getConsultationMeetingId());
        if (meeting != null) {
            Organisation held = check.em().find(Organisation.class, meeting.getOrganisationId());
            if (!Objects.equals(held.getCommunityId(), spender.getCommunityId())) {
                fields.add("consultationMeetingId", "mismatch", "the meeting was held in another community");
            }
        }
        if (spending.getConsultationId() != null) {
            // Consultations are kept by the affairs register, which builds on this one: read in SQL.
            List<?> held = check.em().createNativeQuery("SELECT o.community_id FROM consultation c JOIN organisation o"
                    + " ON o.id = c.organisation_id WHERE c.id = ?").setParameter(1, spending.getConsultationId()).getResultList();
            if (held.isEmpty() || ((Number) held.get(0)).longValue() != spender.getCommunityId()) {
                throw new NotFoundException("consultationId", "consultation in this community", spending.getConsultationId());
            }
        }
        fields.throwIfAny();
        // The lock makes concurrent spending from one line wait for each other's totals.
        check.em().lock(line, LockModeType.PESSIMISTIC_WRITE);
        BigDecimal others = check.em().createQuery("SELECT COALESCE(SUM(s.amount), 0) FROM Spending s"
                        + " WHERE s.budgetLineId = :l AND s.id <> :id", BigDecimal.class)
                .setParameter("l", line.getId()).setParameter("id", spending.getId() == null ? -1L : spending.getId())
                .getSingleResult();
        if (others.add(spending.getAmount()).compareTo(line.getAmount()) > 0) {
            throw new ConflictException("amount", "over_budget", "the budget line has " + line.getAmount().subtract(others)
                    + " left of " + line.getAmount());
        }
    }
}
