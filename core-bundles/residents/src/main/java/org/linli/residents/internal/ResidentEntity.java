package org.linli.residents.internal;

import java.time.LocalDate;
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
import org.linli.residents.RelationToHead;
import org.linli.residents.Sex;

@Entity
@Table(name = "resident")
public class ResidentEntity {
    @Id
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    private Long id;

    @Column(name = "id_number")
    private String idNumber;

    private String name;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String phone;

    @Column(name = "household_id")
    private Long householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation_to_head")
    private RelationToHead relationToHead;

    @Column(name = "dwelling_id")
    private Long dwellingId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public RelationToHead getRelationToHead() {
        return relationToHead;
    }

    public void setRelationToHead(RelationToHead relationToHead) {
        this.relationToHead = relationToHead;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public void setDwellingId(Long dwellingId) {
        this.dwellingId = dwellingId;
    }
}
