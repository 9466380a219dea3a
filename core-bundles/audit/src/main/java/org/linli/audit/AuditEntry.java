package org.linli.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited action. It names fields, never their values: the log itself holds no personal data.
 *
 * @param user     who acted
 * @param address  where the request came from
 * @param action   what was done, for example {@code reveal}
 * @param entity   the kind of thing, for example {@code resident}
 * @param entityId which one
 * @param fields   the fields seen or changed
 * @param reason   the reason the user gave
 * @param detail   anything else worth keeping, for example a rule and plugin version
 */
public record AuditEntry(long id, Instant at, String user, String address, String action, String entity, String entityId,
                         List<String> fields, String reason, String detail) {
    public AuditEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
