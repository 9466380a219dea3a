package org.linli.staff.internal;

import javax.persistence.EntityManager;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.residents.Household;
import org.linli.residents.HouseholdService;
import org.linli.security.Permission;
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/**
 * A visit is seen by whoever sees the place visited, so that a grid worker records and reads the
 * visits of their grid without seeing the community's staff register. A visit to a household alone
 * is stored with the household's dwelling of that day: the visit stays the work of the community
 * where it was made when the household later moves, and a community's visits are found through the
 * index on their dwelling.
 */
final class VisitType extends WorkerPart<Visit> {
    private final HouseholdService households;

    VisitType(WorkerType workers, HouseholdService households) {
        super(Visit.class, "visit", "visit", workers, Permission.VISIT_WRITE, false);
        this.households = households;
        filter("from", Filter.from("t.visited_on", "made on or after this date"));
        filter("to", Filter.to("t.visited_on", "made on or before this date"));
        filter("householdId", Filter.id("t.household_id", "to this household"));
        filter("dwellingId", Filter.id("t.dwelling_id", "to this dwelling"));
        filter("purpose", Filter.text("t.purpose", "for this purpose (code list visit-purpose)"));
        field("visitedOn").required().notFuture();
        field("minutes").required().range(1, 24 * 60);
        field("purpose").required().code("visit-purpose");
        field("notes").text(1000);
    }

    @Override
    Long workerId(Visit record) {
        return record.getWorkerId();
    }

    @Override
    protected String nodeSql() {
        return "t.dwelling_id";
    }

    @Override
    protected Long node(EntityManager em, Visit visit) {
        return visit.getDwellingId();
    }

    @Override
    protected void check(RecordCheck check, Visit visit, Visit stored) {
        if (visit.getDwellingId() == null && visit.getHouseholdId() == null) {
            check.fields().add("dwellingId", "required", "a visit is to a dwelling, a household or both");
        }
        visit.setWorkerId(workerOrCaller(check, visit.getWorkerId()));
        check.fields().throwIfAny();
        TerritoryNode place = check.node("dwellingId", visit.getDwellingId(), TerritoryLevel.DWELLING);
        Household household = check.refer("householdId", "household", visit.getHouseholdId(),
                () -> households.get(visit.getHouseholdId()));
        if (place == null) {
            place = check.node("householdId", household.getDwellingId());
            visit.setDwellingId(place.getId());
        }
        Worker worker = serving(check, visit.getWorkerId(), place);
        check.order("hiredOn", worker.getHiredOn(), "visitedOn", visit.getVisitedOn());
    }
}
