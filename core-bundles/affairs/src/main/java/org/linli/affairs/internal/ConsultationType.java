package org.linli.affairs.internal;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import org.linli.affairs.Consultation;
import org.linli.affairs.ConsultationStep;
import org.linli.common.FieldChecks;
import org.linli.organisations.Meeting;
import org.linli.organisations.OrganisationService;
import org.linli.records.jpa.ChildList;
import org.linli.records.Code;
import org.linli.records.FieldRule;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;

/**
 * Consultations. A procedure's steps are the code list {@code procedure-<procedure>}, in the order
 * of its positions, so a district adds a procedure of its own as data; the steps a consultation
 * records must follow that order from the first, with dates that do not go back.
 */
final class ConsultationType extends RecordType<Consultation> {
    static final int MAX_PARTICIPANTS = 500;
    private static final ChildList<Consultation, ConsultationStep> STEPS = new ChildList<>(ConsultationStep.class, "consultationId",
            ConsultationStep::getConsultationId, ConsultationStep::setConsultationId, Consultation::getSteps, Consultation::setSteps);

    private final OrganisationService organisations;

    ConsultationType(OrganisationService organisations) {
        super(Consultation.class, "consultation", "consultation", Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        this.organisations = organisations;
        filter("organisationId", Filter.id("t.organisation_id", "held by this organisation"));
        filter("procedure", Filter.text("t.procedure", "following this procedure (code list procedure)"));
        filter("from", Filter.from("t.held_on", "held on or after this date"));
        filter("to", Filter.to("t.held_on", "held on or before this date"));
        field("organisationId").required();
        field("topic").name(200);
        field("procedure").required().code("procedure");
        field("minutes").text(4000);
        field("decision").text(2000);
        field("participants").each().name(100);
        FieldRule step = field("steps").each();
        step.field("step").required().text(Code.MAX_LENGTH);
        step.field("doneOn").required();
        step.field("note").text(1000);
    }

    @Override
    protected String nodeSql() {
        return Organisations.COMMUNITY_SQL;
    }

    @Override
    protected String scopeSql(String nodes) {
        return Organisations.scopeSql(nodes);
    }

    @Override
    protected Long node(EntityManager em, Consultation record) {
        return Organisations.community(em, record.getOrganisationId());
    }

    @Override
    protected void check(RecordCheck check, Consultation consultation, Consultation stored) {
        FieldChecks fields = check.fields();
        if (consultation.getParticipants().size() > MAX_PARTICIPANTS) {
            fields.add("participants", "too_many", "at most " + MAX_PARTICIPANTS + " participants are named");
        }
        fields.throwIfAny();
        check.refer("organisationId", "organisation", consultation.getOrganisationId(),
                () -> organisations.organisations().get(consultation.getOrganisationId()));
        if (consultation.getMeetingId() != null) {
            Meeting meeting = check.refer("meetingId", "meeting", consultation.getMeetingId(),
                    () -> organisations.meetings().get(consultation.getMeetingId()));
            if (!meeting.getOrganisationId().equals(consultation.getOrganisationId())) {
                fields.add("meetingId", "mismatch", "the meeting was held by another organisation");
            }
        }
        checkSteps(check, consultation);
    }

    private static void checkSteps(RecordCheck check, Consultation consultation) {
        FieldChecks fields = check.fields();
        @SuppressWarnings("unchecked")
        List<String> order = check.em().createNativeQuery("SELECT code FROM code_entry WHERE list = ? ORDER BY position, code")
                .setParameter(1, "procedure-" + consultation.getProcedure()).getResultList();
        List<ConsultationStep> steps = consultation.getSteps();
        if (steps.size() > order.size()) {
            fields.add("steps", "too_many", "the procedure " + consultation.getProcedure() + " has " + order.size() + " steps");
            return;
        }
        LocalDate previous = null;
        for (int i = 0; i < steps.size(); i++) {
            String prefix = "steps[" + i + "].";
            ConsultationStep step = steps.get(i);
            if (step == null) {
                fields.add("steps[" + i + "]", "required", "a step is required");
                continue;
            }
            if (step.getStep() != null && !step.getStep().equals(order.get(i))) {
                fields.add(prefix + "step", "order", "step " + (i + 1) + " of " + consultation.getProcedure() + " is " + order.get(i)
                        + ": a later step cannot be recorded before an earlier one");
            }
            if (step.getDoneOn() != null) {
                if (step.getDoneOn().isAfter(check.today())) {
                    fields.add(prefix + "doneOn", "future", "a step is recorded once done");
                }
                if (previous != null && step.getDoneOn().isBefore(previous)) {
                    fields.add(prefix + "doneOn", "order", "a step is not done before the step it follows");
                }
                previous = step.getDoneOn();
            }
        }
    }

    @Override
    protected void afterWrite(EntityManager em, Consultation input, Consultation stored) {
        STEPS.replace(em, input, stored.getId());
    }

    @Override
    protected void complete(EntityManager em, List<Consultation> consultations) {
        STEPS.load(em, consultations);
    }

    @Override
    protected void beforeDelete(EntityManager em, Consultation stored) {
        STEPS.delete(em, stored.getId());
    }
}
