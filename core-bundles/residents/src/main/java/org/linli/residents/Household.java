package org.linli.residents;

import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/**
 * A household (户) registered at a dwelling. {@code headResidentId} and {@code memberCount} are
 * derived from its members. {@code members} is filled when one household is read, and may be
 * given on creation to register a whole household at once: all of it is stored or none.
 */
public class Household implements Identified {
    private Long id;
    private String number;
    private Long dwellingId;
    private HouseholdKind kind;
    private Long headResidentId;
    private int memberCount;
    private List<Resident> members = new ArrayList<>();
    /** The row's version, which a concurrent change of the same household must match. */
    private long version;

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
