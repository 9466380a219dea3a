package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.OrderStatus;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class ServiceOrderType extends OrganisationPart<ServiceOrder> {
    private final ServiceOfferType offers;

    ServiceOrderType(OrganisationType organisations, ServiceOfferType offers) {
        super(ServiceOrder.class, "service order", "service_order", organisations);
        this.offers = offers;
        filter("offerId", Filter.id("t.offer_id", "of this offer"));
        filter("providerOrganisationId", Filter.id("t.provider_organisation_id", "of this organisation's offers"));
        filter("status", Filter.enumValue("t.status", OrderStatus.class, "in this status"));
        filter("from", Filter.from("t.ordered_on", "ordered on or after this date"));
        filter("to", Filter.to("t.ordered_on", "ordered on or before this date"));
        field("organisationId").required();
        field("offerId").required();
        field("orderedOn").required().notFuture();
        field("status").required();
        field("deliveredOn").notFuture();
        field("beneficiaries").range(0, 1_000_000);
        field("note").text(500);
    }

    @Override
    Long organisationId(ServiceOrder record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, ServiceOrder order, ServiceOrder stored) {
        FieldChecks fields = check.fields();
        check.order("orderedOn", order.getOrderedOn(), "wantedBy", order.getWantedBy())
                .order("orderedOn", order.getOrderedOn(), "deliveredOn", order.getDeliveredOn());
        if (order.getStatus() == OrderStatus.DELIVERED) {
            fields.required("deliveredOn", order.getDeliveredOn());
        } else {
            if (order.getDeliveredOn() != null) {
                fields.add("deliveredOn", "not_applicable", "deliveredOn applies only to a DELIVERED order");
            }
            if (order.getBeneficiaries() != null) {
                fields.add("beneficiaries", "not_applicable", "beneficiaries apply only to a DELIVERED order");
            }
        }
        organisation(check, order.getOrganisationId());
        ServiceOffer offer = check.find("offerId", offers, order.getOfferId());
        if (order.getProviderOrganisationId() != null && !order.getProviderOrganisationId().equals(offer.getOrganisationId())) {
            fields.add("providerOrganisationId", "mismatch", "providerOrganisationId must be the offer's organisation or absent");
        }
        order.setProviderOrganisationId(offer.getOrganisationId());
        if (order.getOrderedOn() != null && (order.getOrderedOn().isBefore(offer.getOfferedFrom())
                || (offer.getOfferedUntil() != null && order.getOrderedOn().isAfter(offer.getOfferedUntil())))) {
            fields.add("orderedOn", "off_list", "the offer was on the list from " + offer.getOfferedFrom()
                    + (offer.getOfferedUntil() == null ? "" : " to " + offer.getOfferedUntil()));
        }
    }
}
