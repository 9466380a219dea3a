package org.linli.organisations.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import javax.persistence.LockModeType;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.organisations.ProjectStatus;
import org.linli.organisations.Talent;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.territory.TerritoryLevel;

final class VentureProjectType extends CommunityPart<VentureProject> {
    private static final Set<ProjectStatus> DECIDED = EnumSet.complementOf(EnumSet.of(ProjectStatus.PROPOSED));
    private static final Set<ProjectStatus> FUNDED = EnumSet.of(ProjectStatus.FUNDED, ProjectStatus.COMPLETED);

    private final OrganisationType organisations;
    private final VentureContestType contests;
    private final TalentType talents;

    VentureProjectType(OrganisationType organisations, VentureContestType contests, TalentType talents) {
        super(VentureProject.class, "venture project", "venture_project");
        this.organisations = organisations;
        this.contests = contests;
        this.talents = talents;
        filter("contestId", Filter.id("t.contest_id", "proposed to this contest"));
        filter("status", Filter.enumValue("t.status", ProjectStatus.class, "in this status"));
        filter("field", Filter.text("t.field", "in this field (code list venture-field)"));
        filter("talentId", Filter.id("t.talent_id", "proposed by this talent"));
        filter("teamOrganisationId", Filter.id("t.team_organisation_id", "carried out by this organisation"));
        filter("from", Filter.from("t.proposed_on", "proposed on or after this date"));
        filter("to", Filter.to("t.proposed_on", "proposed on or before this date"));
        field("contestId").required();
        field("communityId").required();
        field("title").name(200);
        field("field").required().code("venture-field");
        field("proposerName").text(50);
        field("proposedOn").required().notFuture();
        field("status").required();
        field("decidedOn").notFuture();
        field("grantAmount").range(0, 1_000_000_000_000L);
        field("fundedOn").notFuture();
        field("completedOn").notFuture();
    }

    @Override
    Long communityId(VentureProject record) {
        return record.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, VentureProject project, VentureProject stored) {
        FieldChecks fields = check.fields();
        check.order("proposedOn", project.getProposedOn(), "decidedOn", project.getDecidedOn())
                .order("decidedOn", project.getDecidedOn(), "fundedOn", project.getFundedOn())
                .order("fundedOn", project.getFundedOn(), "completedOn", project.getCompletedOn());
        if (project.getGrantAmount() != null && project.getGrantAmount().signum() <= 0) {
            fields.add("grantAmount", "range", "grantAmount must be more than 0");
        }
        if (project.getStatus() != null) {
            // Each status carries the dates and the grant of the steps it has passed, and no others.
            ProjectStatus status = project.getStatus();
            stage(fields, status, DECIDED, "decidedOn", project.getDecidedOn());
            stage(fields, status, FUNDED, "fundedOn", project.getFundedOn());
            stage(fields, status, FUNDED, "grantAmount", project.getGrantAmount());
            stage(fields, status, EnumSet.of(ProjectStatus.COMPLETED), "completedOn", project.getCompletedOn());
        }
        fields.throwIfAny();
        VentureContest contest = check.find("contestId", contests, project.getContestId());
        check.node("communityId", project.getCommunityId(), TerritoryLevel.COMMUNITY);
        Number under = (Number) check.em().createNativeQuery("SELECT COUNT(*) FROM territory_node c JOIN territory_node h"
                        + " ON c.path LIKE CONCAT(h.path, '%') WHERE c.id = ? AND h.id = ?")
                .setParameter(1, project.getCommunityId()).setParameter(2, contest.getNodeId()).getSingleResult();
        if (under.intValue() == 0) {
            fields.add("communityId", "outside_contest", "the community is not under the territory the contest is held for");
        }
        if (project.getProposedOn().isBefore(contest.getCallOpensOn()) || project.getProposedOn().isAfter(contest.getCallClosesOn())) {
            fields.add("proposedOn", "outside_call", "proposedOn must lie within the contest's call, "
                    + contest.getCallOpensOn() + " to " + contest.getCallClosesOn());
        }
        Talent talent = check.find("talentId", talents, project.getTalentId());
        if (talent != null) {
            if (!talent.getCommunityId().equals(project.getCommunityId())) {
                fields.add("talentId", "mismatch", "the talent is in another community's pool");
            }
            if (project.getProposerName() == null) {
                project.setProposerName(talent.getPersonName());
            }
        }
        fields.name("proposerName", project.getProposerName(), 50);
        organisationIn(check, organisations, "teamOrganisationId", project.getTeamOrganisationId(), project.getCommunityId());
        fields.throwIfAny();
        if (contest.getFund() != null && project.getGrantAmount() != null) {
            // The lock makes concurrent grants from one contest wait for each other's totals.
            check.em().lock(contest, LockModeType.PESSIMISTIC_WRITE);
            BigDecimal others = check.em().createQuery("SELECT COALESCE(SUM(p.grantAmount), 0) FROM VentureProject p"
                            + " WHERE p.contestId = :c AND p.id <> :id", BigDecimal.class)
                    .setParameter("c", contest.getId()).setParameter("id", project.getId() == null ? -1L : project.getId())
                    .getSingleResult();
            if (others.add(project.getGrantAmount()).compareTo(contest.getFund()) > 0) {
                throw new ConflictException("grantAmount", "over_fund", "the contest has " + contest.getFund().subtract(others)
                        + " left of " + contest.getFund());
            }
        }
    }

    private static void stage(FieldChecks fields, ProjectStatus status, Set<ProjectStatus> having, String field, Object value) {
        if (having.contains(status)) {
            fields.required(field, value);
        } else if (value != null) {
            fields.add(field, "not_applicable", field + " does not apply to a " + status + " project");
        }
    }
}
