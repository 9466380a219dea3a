package org.linli.staff.internal;

import javax.persistence.EntityManager;
import org.linli.common.FieldChecks;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.staff.StatusChange;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;
import org.linli.territory.TerritoryLevel;

final class WorkerType extends RecordType<Worker> {
    private final ResidentService residents;

    WorkerType(ResidentService residents) {
        super(Worker.class, "worker", "worker", Permission.STAFF_READ, Permission.STAFF_WRITE);
        this.residents = residents;
        filter("communityId", Filter.id("t.community_id", "serving this community or street"));
        filter("status", Filter.enumValue("t.status", WorkerStatus.class, "with this status"));
        filter("post", Filter.text("t.post", "in this post (code list post)"));
        filter("name", Filter.prefix("t.name", "whose name starts so"));
        filter("residentId", Filter.id("t.resident_id", "with this resident record"));
        filter("account", Filter.text("t.account", "signing in with this user name"));
        // Not required here: check() takes it from the resident record when only residentId is given.
        field("name").text(50);
        field("communityId").required();
        field("post").required().code("post");
        field("postCategory").code("post-category");
        field("hiredOn").required();
        field("account").text(64);
    }

    @Override
    protected String uniqueField() {
        return "account";
    }

    @Override
    protected String nodeSql() {
        return "t.community_id";
    }

    @Override
    protected Long node(EntityManager em, Worker record) {
        return record.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, Worker worker, Worker stored) {
        FieldChecks fields = check.fields();
        Resident resident = check.refer("residentId", "resident", worker.getResidentId(), () -> residents.get(worker.getResidentId()));
        if (resident != null) {
            worker.setName(worker.getName() == null ? resident.getName() : worker.getName());
            worker.setSex(worker.getSex() == null ? resident.getSex() : worker.getSex());
        }
        // Again once it may have been taken from the resident record: now it is required.
        fields.name("name", worker.getName(), 50);
        check.order("hiredOn", worker.getHiredOn(), "leftOn", worker.getLeftOn());
        if (stored == null) {
            if (worker.getStatus() != null && worker.getStatus() != WorkerStatus.ACTIVE) {
                fields.add("status", "use_status_change", "a worker is registered ACTIVE; later statuses are status changes");
            }
            worker.setStatus(WorkerStatus.ACTIVE);
        } else {
            if (worker.getStatus() != null && worker.getStatus() != stored.getStatus()) {
                fields.add("status", "use_status_change", "a worker's status changes through a status change, with a reason");
            }
            worker.setStatus(stored.getStatus());
            if (worker.getLeftOn() == null) {
                worker.setLeftOn(stored.getLeftOn());
            }
        }
        if (worker.getGrade() != null) {
            fields.required("postCategory", worker.getPostCategory());
            if (worker.getPostCategory() != null && !PayGradeType.exists(check.em(), worker.getPostCategory(), worker.getGrade())) {
                fields.add("grade", "unknown_grade", "the pay table of " + worker.getPostCategory() + " has no grade " + worker.getGrade());
            }
        }
        fields.throwIfAny();
        check.node("communityId", worker.getCommunityId(), TerritoryLevel.COMMUNITY, TerritoryLevel.STREET);
    }

    /** A new worker's history starts with the registration. */
    @Override
    protected void afterCreate(EntityManager em, Worker created) {
        StatusChange registered = new StatusChange();
        registered.setWorkerId(created.getId());
        registered.setStatus(WorkerStatus.ACTIVE);
        registered.setChangedOn(created.getHiredOn());
        registered.setReason("registered");
        registered.setRecordedBy(CallerContext.current().user());
        em.persist(registered);
    }

    @Override
    protected void beforeDelete(EntityManager em, Worker stored) {
        em.createQuery("DELETE FROM StatusChange c WHERE c.workerId = :w").setParameter("w", stored.getId()).executeUpdate();
    }
}
