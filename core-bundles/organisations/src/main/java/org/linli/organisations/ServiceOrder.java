package org.linli.organisations;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A community's order of a service from the list (点单), through to delivery. */
public class ServiceOrder implements Identified {
    private Long id;
    private Long offerId;
    private Long organisationId;
    private Long providerOrganisationId;
    private LocalDate orderedOn;
    private LocalDate wantedBy;
    private OrderStatus status;
    private LocalDate deliveredOn;
    private Integer beneficiaries;
    private String note;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    /** The ordering organisation: the community's residents' or village committee. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** Taken from the offer. */
    public Long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public void setProviderOrganisationId(Long providerOrganisationId) {
        this.providerOrganisationId = providerOrganisationId;
    }

    public LocalDate getOrderedOn() {
        return orderedOn;
    }

    public void setOrderedOn(LocalDate orderedOn) {
        this.orderedOn = orderedOn;
    }

    /** The day the community needs the service by. */
    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public void setWantedBy(LocalDate wantedBy) {
        this.wantedBy = wantedBy;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    /** People served (服务人次), once delivered. */
    public Integer getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(Integer beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
