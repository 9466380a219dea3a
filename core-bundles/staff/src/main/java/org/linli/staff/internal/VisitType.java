package org.linli.staff.internal;

import org.linli.common.NotFoundException;
import org.linli.records.Filter;
import org.linli.records.RecordCheck;
import org.linli.residents.HouseholdService;
import org.linli.security.Permission;
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;

final class VisitType extends WorkerPart<Visit> {
    private final HouseholdService households;

    VisitType(WorkerType workers, HouseholdService households) {
        super(Visit.class, "visit", "visit", workers, Permission.VISIT_WRITE);
        this.households = households;
        filter("from", Filter.from("t.visited_on", "made on or after this date"));
        filter("to", Filter.to("t.visited_on", "made on or before this date"));
        filter("householdId", Filter.id("t.household_id", "to this household"));
        filter("dwellingId", Filter.id("t.dwelling_id", "to this dwelling"));
        filter("purpose", Filter.text("t.purpose", "for this purpose (code list visit-purpose)"));
    }

    @Override
    Long workerId(Visit record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Visit visit, Visit stored) {
        check.fields().required("visitedOn", visit.getVisitedOn()).required("minutes", visit.getMinutes())
                .required("purpose", visit.getPurpose()).optionalText("notes", visit.getNotes(), 1000);
        check.range("minutes", visit.getMinutes(), 1, 24 * 60).code("purpose", "visit-purpose", visit.getPurpose());
        if (visit.getDwellingId() == null && visit.getHouseholdId() == null) {
            check.fields().add("dwellingId", "required", "a visit is to a dwelling, a household or both");
        }
        if (visit.getVisitedOn() != null && visit.getVisitedOn().isAfter(check.today())) {
            check.fields().add("visitedOn", "future", "visitedOn must not be in the future");
        }
        Worker worker = worker(check, visit.getWorkerId());
        check.order("hiredOn", worker.getHiredOn(), "visitedOn", visit.getVisitedOn());
        check.node("dwellingId", visit.getDwellingId(), TerritoryLevel.DWELLING);
        if (visit.getHouseholdId() != null) {
            try {
                households.get(visit.getHouseholdId());
            } catch (NotFoundException e) {
                throw new NotFoundException("householdId", "household", visit.getHouseholdId());
            }
        }
    }
}
