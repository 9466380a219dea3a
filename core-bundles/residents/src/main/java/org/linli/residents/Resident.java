package org.linli.residents;

import java.time.LocalDate;
import org.linli.common.Identified;

/**
 * A resident (居民). The caller writes {@code idNumber}, {@code name}, {@code phone},
 * {@code householdId} with {@code relationToHead}, and {@code dwellingId}; Linli derives
 * {@code sex}, {@code age} and {@code birthDate} from the ID number and {@code residence} from the
 * two places. A read masks the ID number's birth date and the phone; {@code birthDate}, which
 * would give the masked digits away, is there only when the record is revealed.
 */
public class Resident implements Identified {
    private Long id;
    private String idNumber;
    private String name;
    private Sex sex;
    private LocalDate birthDate;
    private Integer age;
    private String phone;
    private Long householdId;
    private RelationToHead relationToHead;
    private Long dwellingId;
    private Residence residence;
    /** The row's version, which a concurrent change of the same resident must match. */
    private long version;

    public Resident() {
    }

    public Resident(String idNumber, String name) {
        this.idNumber = idNumber;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** 公民身份号码, 18 characters, checked to GB 11643. */
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

    /** 出生日期, only in a revealed record. */
    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    /** 年龄: whole years on the day read. */
    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** The household the resident is registered in (户籍), or {@code null}. */
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

    /** The dwelling the resident actually lives in (实住), or {@code null} if unknown. */
    public Long getDwellingId() {
        return dwellingId;
    }

    public void setDwellingId(Long dwellingId) {
        this.dwellingId = dwellingId;
    }

    public Residence getResidence() {
        return residence;
    }

    public void setResidence(Residence residence) {
        this.residence = residence;
    }
}
