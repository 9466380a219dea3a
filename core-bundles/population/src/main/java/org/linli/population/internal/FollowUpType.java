package org.linli.population.internal;

import javax.persistence.EntityManager;
import org.linli.population.FollowUp;
import org.linli.population.SpecialGroupMember;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.staff.StaffService;

final class FollowUpType extends RecordType<FollowUp> {
    private final SpecialGroupMemberType members;
    private final StaffService staff;

    FollowUpType(SpecialGroupMemberType members, StaffService staff) {
        super(FollowUp.class, "follow-up", "follow_up", Permission.RESIDENT_READ, Permission.RESIDENT_WRITE);
        this.members = members;
        this.staff = staff;
        filter("memberId", Filter.id("t.member_id", "of this special group member"));
        filter("workerId", Filter.id("t.worker_id", "made by this worker"));
        filter("from", Filter.from("t.followed_on", "made on or after this date"));
        filter("to", Filter.to("t.followed_on", "made on or before this date"));
        field("memberId").required();
        field("workerId").required();
        field("followedOn").required().notFuture();
        field("method").required();
        field("notes").text(2000);
    }

    @Override
    protected String nodeSql() {
        return People.placeSql("(SELECT m.resident_id FROM special_group_member m WHERE m.id = t.member_id)");
    }

    @Override
    protected Long node(EntityManager em, FollowUp record) {
        SpecialGroupMember member = record.getMemberId() == null ? null : em.find(SpecialGroupMember.class, record.getMemberId());
        return member == null ? null : People.place(em, member.getResidentId());
    }

    @Override
    protected void check(RecordCheck check, FollowUp followUp, FollowUp stored) {
        check.fields().throwIfAny();
        SpecialGroupMember member = check.find("memberId", members, followUp.getMemberId());
        check.order("since", member.getSince(), "followedOn", followUp.getFollowedOn());
        check.refer("workerId", "worker", followUp.getWorkerId(), () -> staff.workers().get(followUp.getWorkerId()));
    }
}
