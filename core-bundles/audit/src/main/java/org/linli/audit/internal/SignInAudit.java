package org.linli.audit.internal;

import java.util.List;
import java.util.Set;
import org.linli.audit.AuditLog;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.SignInListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Failed sign-ins and lifted locks in the audit log: a refused sign-in is recorded as the address
 * it came from ({@code anonymous}), with the name it gave as the entity.
 */
@Component
public class SignInAudit implements SignInListener {
    /** The width of the log's entity id. */
    private static final int MAX_NAME = 64;
    private final AuditLog audit;

    @Activate
    public SignInAudit(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void refused(String user, String address, String reason) {
        Caller anonymous = new Caller("anonymous", Set.of(), Set.of(), address);
        CallerContext.callAs(anonymous, () -> {
            audit.recordAttempt("sign-in-refused", "user", clip(user), List.of(), null, reason);
            return null;
        });
    }

    @Override
    public void lifted(String kind, String name) {
        audit.record("lift-sign-in-lock", kind, clip(name), List.of(), null, null);
    }

    private static String clip(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
