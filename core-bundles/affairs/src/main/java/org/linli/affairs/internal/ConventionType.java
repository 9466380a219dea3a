package org.linli.affairs.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.persistence.EntityManager;
import org.linli.affairs.Convention;
import org.linli.affairs.ConventionStatus;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.OrganisationService;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;

/** Conventions move one stage at a time, and each stage reached has its date, in order (JZ-03). */
final class ConventionType extends RecordType<Convention> {
    private static final List<String> DATES = List.of("draftedOn", "consultedOn", "reviewedOn", "adoptedOn", "publishedOn");

    private final OrganisationService organisations;

    ConventionType(OrganisationService organisations) {
        super(Convention.class, "convention", "convention", Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        this.organisations = organisations;
        filter("organisationId", Filter.id("t.organisation_id", "of this committee"));
        filter("status", Filter.enumValue("t.status", ConventionStatus.class, "at this stage"));
        field("organisationId").required();
        field("title").name(200);
        field("draftedOn").required();
        field("version").required().range(1, 999);
        field("status").required();
        field("reference").text(500);
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
    protected Long node(EntityManager em, Convention record) {
        return Organisations.community(em, record.getOrganisationId());
    }

    @Override
    protected void check(RecordCheck check, Convention convention, Convention stored) {
        FieldChecks fields = check.fields();
        if (convention.getStatus() != null) {
            List<LocalDate> dates = dates(convention);
            LocalDate previous = null;
            for (int stage = 0; stage < dates.size(); stage++) {
                boolean reached = stage <= convention.getStatus().ordinal();
                LocalDate date = dates.get(stage);
                if (reached && date == null) {
                    fields.add(DATES.get(stage), "required", "a convention that is " + convention.getStatus() + " has its "
                            + DATES.get(stage));
                } else if (!reached && date != null) {
                    fields.add(DATES.get(stage), "not_reached", "a convention that is " + convention.getStatus() + " has no "
                            + DATES.get(stage) + " yet");
                } else if (date != null) {
                    if (previous != null && date.isBefore(previous)) {
                        fields.add(DATES.get(stage), "order", DATES.get(stage) + " must not be before " + DATES.get(stage - 1));
                    }
                    if (date.isAfter(check.today())) {
                        fields.add(DATES.get(stage), "future", DATES.get(stage) + " must not be in the future");
                    }
                    previous = date;
                }
            }
        }
        fields.throwIfAny();
        OrganisationKind kind = check.refer("organisationId", "organisation", convention.getOrganisationId(),
                () -> organisations.organisations().get(convention.getOrganisationId())).getKind();
        if (kind != OrganisationKind.RESIDENTS_COMMITTEE && kind != OrganisationKind.VILLAGE_COMMITTEE) {
            fields.add("organisationId", "kind", "a convention belongs to a residents' or village committee");
        }
        if (stored != null) {
            int step = convention.getStatus().ordinal() - stored.getStatus().ordinal();
            if (step < 0 || step > 1) {
                throw new ConflictException("status", "stage", "a convention moves from " + stored.getStatus()
                        + " to the next stage only: no stage is skipped or undone");
            }
        }
    }

    private static List<LocalDate> dates(Convention c) {
        return Arrays.asList(c.getDraftedOn(), c.getConsultedOn(), c.getReviewedOn(), c.getAdoptedOn(), c.getPublishedOn());
    }

    @Override
    protected String uniqueField() {
        return "version";
    }
}
