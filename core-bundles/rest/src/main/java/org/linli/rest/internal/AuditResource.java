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

/** {@code /audit}: the audit log, newest first, for auditors. It has no way to change an entry. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> search(@QueryParam("user") String user, @QueryParam("action") String action,
                                   @QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.search(new AuditQuery(user, action, entity, entityId), Params.page(page, size));
    }
}
