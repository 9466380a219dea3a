package org.linli.residents;

import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Keeps the register of households. Every write is one transaction. */
@ProviderType
public interface HouseholdService {

    /** Creates a household, with its members if given: all of them or nothing. */
    Household create(Household household);

    /** One household with its members. */
    Household get(long id);

    /** Changes number, dwelling and kind; members are changed through {@link ResidentService}. */
    Household update(long id, Household household);

    /** Deletes a household that has no members left. */
    void delete(long id);

    /** Households without their member lists. */
    Page<Household> search(HouseholdQuery query, PageRequest page);
}
