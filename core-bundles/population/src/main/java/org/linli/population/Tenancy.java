package org.linli.population;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A rented dwelling and its tenant (出租房屋, 流动人口): who rents which dwelling from whom, and when. */
public class Tenancy implements Identified {
    private Long id;
    private Long dwellingId;
    private Long tenantResidentId;
    private String landlordName;
    private Long landlordResidentId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String contractNumber;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public void setDwellingId(Long dwellingId) {
        this.dwellingId = dwellingId;
    }

    public Long getTenantResidentId() {
        return tenantResidentId;
    }

    public void setTenantResidentId(Long tenantResidentId) {
        this.tenantResidentId = tenantResidentId;
    }

    public String getLandlordName() {
        return landlordName;
    }

    public void setLandlordName(String landlordName) {
        this.landlordName = landlordName;
    }

    public Long getLandlordResidentId() {
        return landlordResidentId;
    }

    public void setLandlordResidentId(Long landlordResidentId) {
        this.landlordResidentId = landlordResidentId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }
}
