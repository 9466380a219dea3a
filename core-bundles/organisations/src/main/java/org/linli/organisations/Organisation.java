package org.linli.organisations;

import java.time.LocalDate;
import org.linli.common.Identified;

/** An organisation in a community (社区组织): party organisation, residents' or village committee and its sub-committees, owners' committee, property company, unit in the area, police office, social organisation or coordination committee. */
public class Organisation implements Identified {
    private Long id;
    private OrganisationKind kind;
    private String name;
    private Long communityId;
    private Long parentId;
    private String typeCode;
    private RegistrationTrack registration;
    private LocalDate establishedOn;
    private LocalDate dissolvedOn;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The community (社区) it belongs to. */
    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    /** For a sub-committee, its residents' or village committee; for a party branch, the party organisation above it. */
    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    /** Sub-committee kind (code list sub-committee), party organisation level (party-organisation: 党委/党总支/党支部) or social organisation type (social-organisation); absent for other kinds. */
    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    /** For a social organisation: registered or filed. */
    public RegistrationTrack getRegistration() {
        return registration;
    }

    public void setRegistration(RegistrationTrack registration) {
        this.registration = registration;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public void setDissolvedOn(LocalDate dissolvedOn) {
        this.dissolvedOn = dissolvedOn;
    }
}
