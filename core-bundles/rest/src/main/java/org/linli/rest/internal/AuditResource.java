package org.linli.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.linli.audit.AuditEntry;
import org.linli.audit.AuditLog;
import org.linli.audit.AuditQuery;
import org.linli.common.Page;
import org.linli.security.Permission;

/** {@code /audit}: the audit log, newest first, for auditors. It has no way to change an entry. */
@Doc(tag = "Audit")
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Doc(id = "searchAudit", summary = "Read the audit log, newest first", needs = Permission.AUDIT_READ, answer = "One page of entries",
            problems = 400)
    public Page<AuditEntry> search(@QueryParam("user") @Param("Entries of this user") String user,
                                   @QueryParam("action") @Param("Entries of this action, e.g. reveal") String action,
                                   @QueryParam("entity") @Param("Entries about this kind of thing, e.g. resident") String entity,
                                   @QueryParam("entityId") @Param("Entries about this one thing") String entityId,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.search(new AuditQuery(user, action, entity, entityId), Params.page(page, size));
    }
}
