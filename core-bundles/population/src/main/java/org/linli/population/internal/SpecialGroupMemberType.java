package org.linli.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.linli.population.SpecialGroupMember;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.residents.ResidentService;
import org.linli.security.Permission;
import org.linli.staff.StaffService;

final class SpecialGroupMemberType extends RecordType<SpecialGroupMember> {
    private final ResidentService residents;
    private final StaffService staff;
    private final Clock clock;

    SpecialGroupMemberType(ResidentService residents, StaffService staff, Clock clock) {
        super(SpecialGroupMember.class, "special group member", "special_group_member", Permission.RESIDENT_READ,
                Permission.RESIDENT_WRITE);
        this.residents = residents;
        this.staff = staff;
        this.clock = clock;
        filter("residentId", Filter.id("t.resident_id", "this resident"));
        filter("groupCode", Filter.text("t.group_code", "in this group (code list special-group)"));
        filter("responsibleWorkerId", Filter.id("t.responsible_worker_id", "followed up by this worker"));
        filter("on", Filter.activeOn("t.since", "t.until", "in the group on this date"));
        field("residentId").required();
        field("groupCode").required().code("special-group");
        field("since").required();
        field("responsibleWorkerId").required();
        field("followUpDays").range(1, 366);
        field("note").text(1000);
        field("lastFollowUpOn").readOnly();
        field("followUpDue").readOnly();
    }

    @Override
    protected String nodeSql() {
        return People.placeSql("t.resident_id");
    }

    @Override
    protected Long node(EntityManager em, SpecialGroupMember record) {
        return People.place(em, record.getResidentId());
    }

    @Override
    protected void check(RecordCheck check, SpecialGroupMember member, SpecialGroupMember stored) {
        check.order("since", member.getSince(), "until", member.getUntil());
        check.fields().throwIfAny();
        check.refer("residentId", "resident", member.getResidentId(), () -> residents.get(member.getResidentId()));
        check.refer("responsibleWorkerId", "worker", member.getResponsibleWorkerId(),
                () -> staff.workers().get(member.getResponsibleWorkerId()));
    }

    /** The last follow-up, and whether the next is due: none within followUpDays of today. */
    @Override
    protected void complete(EntityManager em, List<SpecialGroupMember> members) {
        if (members.isEmpty()) {
            return;
        }
        Map<Long, LocalDate> last = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT f.memberId, MAX(f.followedOn) FROM FollowUp f WHERE f.memberId IN :ids"
                + " GROUP BY f.memberId", Object[].class).setParameter("ids", members.stream().map(SpecialGroupMember::getId).toList())
                .getResultList()) {
            last.put((Long) row[0], (LocalDate) row[1]);
        }
        LocalDate today = LocalDate.now(clock);
        for (SpecialGroupMember member : members) {
            LocalDate previous = last.get(member.getId());
            member.setLastFollowUpOn(previous);
            boolean current = member.getUntil() == null || !member.getUntil().isBefore(today);
            member.setFollowUpDue(member.getFollowUpDays() == null ? null : current
                    && (previous == null ? member.getSince() : previous).plusDays(member.getFollowUpDays()).isBefore(today));
        }
    }
}
