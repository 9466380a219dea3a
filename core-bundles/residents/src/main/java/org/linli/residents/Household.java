package org.linli.residents;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A household (户) registered at a dwelling. {@code headResidentId} and {@code memberCount} are
 * derived from its members. {@code members} is filled when one household is read, and may be
 * given on creation to register a whole household at once: all of it is stored or none.
 */
public class Household {
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long id;
    @Schema(description = "Household number (户号), unique", maxLength = 32, requiredMode = Schema.RequiredMode.REQUIRED)
    private String number;
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    private Long dwellingId;
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    private HouseholdKind kind;
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long headResidentId;
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private int memberCount;
    @Schema(description = "On create: members to register at once, all or none, exactly one HEAD. On read of one household: its members.")
    private List<Resident> members = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** 户号, unique. */
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** The dwelling the household is registered at. */
    public Long getDwellingId() {
        return dwellingId;
    }

    public void setDwellingId(Long dwellingId) {
        this.dwellingId = dwellingId;
    }

    public HouseholdKind getKind() {
        return kind;
    }

    public void setKind(HouseholdKind kind) {
        this.kind = kind;
    }

    public Long getHeadResidentId() {
        return headResidentId;
    }

    public void setHeadResidentId(Long headResidentId) {
        this.headResidentId = headResidentId;
    }

    public int getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(int memberCount) {
        this.memberCount = memberCount;
    }

    public List<Resident> getMembers() {
        return members;
    }

    public void setMembers(List<Resident> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
