package org.linli.staff.internal;

import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.staff.PayGrade;

/** The pay-grade table: the same for the whole installation, kept by whoever keeps the code lists. */
final class PayGradeType extends RecordType<PayGrade> {
    PayGradeType() {
        super(PayGrade.class, "pay grade", "pay_grade", Permission.STAFF_READ, Permission.CODES_MANAGE);
        filter("postCategory", Filter.text("t.post_category", "of this post category"));
        field("postCategory").required().code("post-category");
        field("grade").required().range(1, 99);
        field("coefficient").required().range(0, 100);
    }

    @Override
    protected String nodeSql() {
        return null;
    }

    @Override
    protected Long node(EntityManager em, PayGrade record) {
        return null;
    }

    @Override
    protected void check(RecordCheck check, PayGrade grade, PayGrade stored) {
        if (stored != null && (!stored.getPostCategory().equals(grade.getPostCategory()) || !stored.getGrade().equals(grade.getGrade()))
                && inUse(check.em(), stored)) {
            throw new ConflictException("grade", "in_use", "workers hold this grade");
        }
    }

    @Override
    protected void beforeDelete(EntityManager em, PayGrade stored) {
        if (inUse(em, stored)) {
            throw new ConflictException("id", "in_use", "workers hold this grade");
        }
    }

    @Override
    protected String uniqueField() {
        return "grade";
    }

    static boolean exists(EntityManager em, String category, int grade) {
        return em.createQuery("SELECT COUNT(g) FROM PayGrade g WHERE g.postCategory = :c AND g.grade = :g", Long.class)
                .setParameter("c", category).setParameter("g", grade).getSingleResult() > 0;
    }

    private static boolean inUse(EntityManager em, PayGrade grade) {
        return em.createQuery("SELECT COUNT(w) FROM Worker w WHERE w.postCategory = :c AND w.grade = :g", Long.class)
                .setParameter("c", grade.getPostCategory()).setParameter("g", grade.getGrade()).getSingleResult() > 0;
    }
}
