package org.linli.residents;

import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.records.RecordStore;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the register of households. A household is created with its members or alone, read
 * with its members, and deleted only when empty. As a {@link RecordStore}, the register's kind
 * {@code households}: its filters are {@code number} and {@code nodeId}.
 */
@ProviderType
public interface HouseholdService extends RecordStore<Household> {

    /** Creates a household, with its members if given: all of them or nothing. */
    @Override
    Household create(Household household);

    /** One household with its members. */
    @Override
    Household get(long id);

    /** Changes number, dwelling and kind; members are changed through {@link ResidentService}. */
    @Override
    Household update(long id, Household household);

    /** Deletes a household that has no members left. */
    @Override
    void delete(long id);

    /** Households without their member lists. */
    Page<Household> search(HouseholdQuery query, PageRequest page);
}
