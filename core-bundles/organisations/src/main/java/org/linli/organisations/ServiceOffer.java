package org.linli.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** A service that a social organisation offers communities, free or at low cost (公益或低偿服务清单); communities order from the list (“点单”). The list is published: every reader of the organisations register sees it. */
public class ServiceOffer implements Identified {
    private Long id;
    private Long organisationId;
    private String title;
    private String category;
    private OfferPricing pricing;
    private BigDecimal price;
    private String description;
    private LocalDate offeredFrom;
    private LocalDate offeredUntil;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The organisation offering the service. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** What kind of service: 心理服务, 环保, 四点半课堂 …. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public OfferPricing getPricing() {
        return pricing;
    }

    public void setPricing(OfferPricing pricing) {
        this.pricing = pricing;
    }

    /** Yuan per order; only for a LOW_COST offer. */
    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** On the list from this day. */
    public LocalDate getOfferedFrom() {
        return offeredFrom;
    }

    public void setOfferedFrom(LocalDate offeredFrom) {
        this.offeredFrom = offeredFrom;
    }

    /** On the list until this day; absent while it stays on. */
    public LocalDate getOfferedUntil() {
        return offeredUntil;
    }

    public void setOfferedUntil(LocalDate offeredUntil) {
        this.offeredUntil = offeredUntil;
    }
}
