package org.linli.policy.internal.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;
import java.util.function.Supplier;
import javax.security.auth.Subject;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Role;

/**
 * Runs a shell command as the Karaf user logged in to the console. The Karaf console is a district
 * IT team's administration door, so its users act with the administrator role; the audit log
 * names them as {@code shell:<user>}.
 */
final class ShellCaller {
    private ShellCaller() {
    }

    @SuppressWarnings("removal")
    static <T> T run(Supplier<T> work) {
        String user = "karaf";
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals()) {
                if (principal.getClass().getSimpleName().equals("UserPrincipal")) {
                    user = principal.getName();
                }
            }
        }
        Caller caller = new Caller("shell:" + user, Set.of(Role.ADMIN), Set.of(Caller.EVERYWHERE), "karaf-shell");
        return CallerContext.callAs(caller, work);
    }
}
