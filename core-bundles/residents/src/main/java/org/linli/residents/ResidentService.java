package org.linli.residents;

import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the register of residents. ID numbers are checked to GB 11643 and unique; a household
 * has at most one head. Every write is one transaction. Calls act for the current caller and
 * see only residents living or registered in the caller's jurisdiction.
 *
 * <p>ID numbers and phones come back masked ({@code 110105********123X}, {@code 138****8000});
 * {@link #reveal} shows them, to roles allowed to, for a reason that goes into the audit log. An
 * update may send the masked values back unchanged: they keep the stored ones.
 */
@ProviderType
public interface ResidentService {

    Resident create(Resident resident);

    Resident get(long id);

    /** The resident unmasked; records one audit entry with {@code reason} (at most 200 characters). */
    Resident reveal(long id, String reason);

    Resident update(long id, Resident resident);

    void delete(long id);

    Page<Resident> search(ResidentQuery query, PageRequest page);
}
