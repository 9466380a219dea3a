package org.linli.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** A project proposed to a venture philanthropy contest (创投项目) by a resident, usually a talent of the pool, with the team that carries it out; it moves from PROPOSED through the contest's decision to FUNDED and COMPLETED. */
public class VentureProject implements Identified {
    private Long id;
    private Long contestId;
    private Long communityId;
    private String title;
    private String field;
    private Long talentId;
    private String proposerName;
    private Long teamOrganisationId;
    private LocalDate proposedOn;
    private ProjectStatus status;
    private LocalDate decidedOn;
    private BigDecimal grantAmount;
    private LocalDate fundedOn;
    private LocalDate completedOn;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getContestId() {
        return contestId;
    }

    public void setContestId(Long contestId) {
        this.contestId = contestId;
    }

    /** The community the project serves, under the contest's node. */
    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** Code list venture-field: environment, culture, mutual help, self-management …. */
    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    /** The proposer from the community's talent pool (能人), when the proposer is in it. */
    public Long getTalentId() {
        return talentId;
    }

    public void setTalentId(Long talentId) {
        this.talentId = talentId;
    }

    /** Taken from the talent when only talentId is given. */
    public String getProposerName() {
        return proposerName;
    }

    public void setProposerName(String proposerName) {
        this.proposerName = proposerName;
    }

    /** The three-self or other social organisation carrying the project out, in the same community. */
    public Long getTeamOrganisationId() {
        return teamOrganisationId;
    }

    public void setTeamOrganisationId(Long teamOrganisationId) {
        this.teamOrganisationId = teamOrganisationId;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public void setProposedOn(LocalDate proposedOn) {
        this.proposedOn = proposedOn;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    /** The day the contest selected or turned down the project. */
    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    /** Yuan granted; only for a funded project. */
    public BigDecimal getGrantAmount() {
        return grantAmount;
    }

    public void setGrantAmount(BigDecimal grantAmount) {
        this.grantAmount = grantAmount;
    }

    /** The day the grant was made. */
    public LocalDate getFundedOn() {
        return fundedOn;
    }

    public void setFundedOn(LocalDate fundedOn) {
        this.fundedOn = fundedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
