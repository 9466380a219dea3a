package org.linli.organisations;

import java.time.LocalDate;
import org.linli.common.Identified;
import org.linli.residents.Sex;

/** A person's post in one term of an organisation (任职). One person may hold several posts at once (一肩挑, 交叉任职): a person is the same when the resident record is the same, or, without one, the name. */
public class Membership implements Identified {
    private Long id;
    private Long termId;
    private Long organisationId;
    private String personName;
    private Long residentId;
    private Sex sex;
    private MemberRole role;
    private boolean fullTime;
    private boolean locallyResident;
    private boolean residentRepresentative;
    private boolean buildingHead;
    private boolean partyMember;
    private Long representsOrganisationId;
    private Long electionId;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    /** Taken from the term. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** Taken from the resident record when only residentId is given. */
    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    /** 全日制 */
    public boolean isFullTime() {
        return fullTime;
    }

    public void setFullTime(boolean fullTime) {
        this.fullTime = fullTime;
    }

    /** 属地化: lives in the community */
    public boolean isLocallyResident() {
        return locallyResident;
    }

    public void setLocallyResident(boolean locallyResident) {
        this.locallyResident = locallyResident;
    }

    /** 居民代表 */
    public boolean isResidentRepresentative() {
        return residentRepresentative;
    }

    public void setResidentRepresentative(boolean residentRepresentative) {
        this.residentRepresentative = residentRepresentative;
    }

    /** 楼门院长 */
    public boolean isBuildingHead() {
        return buildingHead;
    }

    public void setBuildingHead(boolean buildingHead) {
        this.buildingHead = buildingHead;
    }

    /** 中共党员 */
    public boolean isPartyMember() {
        return partyMember;
    }

    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    /** The organisation the member comes from (property company, police office, social organisation…). */
    public Long getRepresentsOrganisationId() {
        return representsOrganisationId;
    }

    public void setRepresentsOrganisationId(Long representsOrganisationId) {
        this.representsOrganisationId = representsOrganisationId;
    }

    /** The election that elected the member. */
    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    /** Defaults to the start of the term; must lie within it. */
    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    /** When the member left before the end of the term. */
    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
