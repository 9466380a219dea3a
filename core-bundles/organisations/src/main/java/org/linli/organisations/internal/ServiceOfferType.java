package org.linli.organisations.internal;

import javax.persistence.EntityManager;
import org.linli.common.FieldChecks;
import org.linli.organisations.OfferPricing;
import org.linli.organisations.Organisation;
import org.linli.organisations.ServiceOffer;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;

/**
 * The service list is published: every reader sees every offer, so that any community can order
 * from it. The offering organisation's community governs an offer: only those who see it change it.
 */
final class ServiceOfferType extends RecordType<ServiceOffer> {
    private final OrganisationType organisations;
    ServiceOfferType(OrganisationType organisations) {
        super(ServiceOffer.class, "service offer", "service_offer", Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        this.organisations = organisations;
        filter("organisationId", Filter.id("t.organisation_id", "offered by this organisation"));
        filter("pricing", Filter.enumValue("t.pricing", OfferPricing.class, "free or at low cost"));
        filter("category", Filter.text("t.category", "of this category"));
        filter("title", Filter.prefix("t.title", "whose title starts so"));
        filter("on", Filter.activeOn("t.offered_from", "t.offered_until", "on the list on this date"));
        field("organisationId").required();
        field("title").name(200);
        field("category").name(50);
        field("pricing").required();
        field("price").range(0, 1_000_000_000L);
        field("description").text(1000);
        field("offeredFrom").required();
    }

    @Override
    protected String nodeSql() {
        return null;
    }

    @Override
    protected Long node(EntityManager em, ServiceOffer record) {
        return null;
    }

    @Override
    protected Long governingNode(EntityManager em, ServiceOffer record) {
        Organisation organisation = record.getOrganisationId() == null ? null : em.find(Organisation.class, record.getOrganisationId());
        return organisation == null ? null : organisation.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, ServiceOffer offer, ServiceOffer stored) {
        FieldChecks fields = check.fields();
        check.order("offeredFrom", offer.getOfferedFrom(), "offeredUntil", offer.getOfferedUntil());
        if (offer.getPricing() == OfferPricing.LOW_COST) {
            fields.required("price", offer.getPrice());
            if (offer.getPrice() != null && offer.getPrice().signum() <= 0) {
                fields.add("price", "range", "a LOW_COST offer's price must be more than 0");
            }
        } else if (offer.getPricing() == OfferPricing.FREE && offer.getPrice() != null) {
            fields.add("price", "not_applicable", "a FREE offer has no price");
        }
        fields.throwIfAny();
        check.find("organisationId", organisations, offer.getOrganisationId());
    }

}
