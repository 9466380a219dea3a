package org.linli.audit;

import java.util.List;
import org.linli.common.ConflictException;
import org.linli.common.FieldError;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit log. {@link #record} joins the caller's transaction, so that an audited
 * action and its entry are stored together or not at all.
 */
@ProviderType
public interface AuditLog {

    /**
     * Records an action of the current caller, with the time and the caller's address, on a record
     * of the territory node {@code nodeId}: an auditor reads the entry if their jurisdiction holds
     * that node. With no node, only auditors of the whole territory read it.
     */
    void record(Long nodeId, String action, String entity, Object entityId, List<String> fields, String reason, String detail);

    /** Records an action that concerns no one territory node, such as an API token issued. */
    default void record(String action, String entity, Object entityId, List<String> fields, String reason, String detail) {
        record(null, action, entity, entityId, fields, reason, detail);
    }

    /**
     * Records an attempt of the current caller that was refused, such as trying a value another
     * record holds, in a transaction of its own: the entry stays when the refused write, and any
     * transaction it was part of, is rolled back.
     */
    void recordAttempt(String action, String entity, Object entityId, List<String> fields, String reason, String detail);

    /**
     * Records, as an attempt ({@code refused}), a write refused because it tried a value another
     * record holds: trying values tells which are taken, so it is a look-up in itself. Any other
     * failure records nothing.
     */
    default void recordIfTaken(String entity, RuntimeException failure) {
        if (failure instanceof ConflictException conflict && "duplicate".equals(conflict.getErrors().get(0).code())) {
            FieldError error = conflict.getErrors().get(0);
            recordAttempt("refused", entity, "-", List.of(error.field()), null, error.message());
        }
    }

    /** Newest first, within the reader's jurisdiction; needs the permission to read the audit log. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);
}
