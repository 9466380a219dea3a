package org.linli.organisations;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A resident in a community's talent pool (社区能人库): someone with a skill or a following, found on visits, consultations or activities, who may seed a three-self organisation (“三自”组织) or propose a venture project. */
public class Talent implements Identified {
    private Long id;
    private Long communityId;
    private Long residentId;
    private String personName;
    private String skills;
    private String foundThrough;
    private LocalDate registeredOn;
    private LocalDate leftOn;
    private Long organisationId;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The community whose pool holds the talent. */
    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    /** The resident record, when there is one; the name is taken from it. */
    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    /** Taken from the resident record when only residentId is given. */
    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    /** What the talent can do or lead: 书画, 调解, 文艺, 维修 …. */
    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    /** How the community found the talent (走访, 协商议事, 主题活动 …). */
    public String getFoundThrough() {
        return foundThrough;
    }

    public void setFoundThrough(String foundThrough) {
        this.foundThrough = foundThrough;
    }

    /** Entered in the pool on. */
    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    /** Left the pool on (moved away, withdrew); absent while in it. */
    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    /** The organisation the talent seeded or leads, in the same community. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
