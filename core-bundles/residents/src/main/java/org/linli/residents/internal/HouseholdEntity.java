package org.linli.residents.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;
import org.linli.residents.HouseholdKind;

@Entity
@Table(name = "household")
public class HouseholdEntity {
    @Id
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    private Long id;

    private String number;

    @Column(name = "dwelling_id")
    private Long dwellingId;

    @Enumerated(EnumType.STRING)
    private HouseholdKind kind;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

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
}
