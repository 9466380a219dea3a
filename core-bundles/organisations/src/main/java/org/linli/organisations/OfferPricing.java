package org.linli.organisations;

/** What a service on the list costs the community. */
public enum OfferPricing {
    /** 公益: free of charge */
    FREE,
    /** 低偿: at a low price */
    LOW_COST;
}
