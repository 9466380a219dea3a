package org.linli.residents;

import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the register of residents. ID numbers are checked to GB 11643 and unique; a household
 * has at most one head. Every write is one transaction.
 */
@ProviderType
public interface ResidentService {

    Resident create(Resident resident);

    Resident get(long id);

    Resident update(long id, Resident resident);

    void delete(long id);

    Page<Resident> search(ResidentQuery query, PageRequest page);
}
