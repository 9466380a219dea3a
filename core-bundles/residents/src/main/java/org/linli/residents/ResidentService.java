package org.linli.residents;

import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.records.RecordStore;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the register of residents. ID numbers are checked to GB 11643 and unique; a household
 * has at most one head. Every write is one transaction, which the record guards of
 * {@code org.linli.records} complete and review as they do every register's. Calls act for the
 * current caller and see only residents living or registered in the caller's jurisdiction.
 *
 * <p>ID numbers and phones come back masked ({@code 110105********123X}, {@code 138****8000});
 * {@link #reveal} shows them, to roles allowed to, for a reason that goes into the audit log. An
 * update may send the masked values back unchanged: they keep the stored ones.
 *
 * <p>As a {@link RecordStore}, the register's kind {@code residents}: its filters are
 * {@code name} (starts with), {@code idNumber}, {@code householdId} and {@code nodeId}.
 */
@ProviderType
public interface ResidentService extends RecordStore<Resident> {

    Resident reveal(long id, String reason);

    Page<Resident> search(ResidentQuery query, PageRequest page);
}
