package org.linli.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import javax.security.auth.Subject;
import org.linli.common.ForbiddenException;

/**
 * Who is calling a service: the user, their roles, the codes of the territory nodes they may see
 * ({@code *} for all), where the call came from, and the scopes that narrow what the roles allow
 * (an integrator's API token carries some; a person's login all).
 */
public record Caller(String user, Set<Role> roles, Set<String> jurisdictions, String address, Set<Permission> scopes) {
    /** The jurisdiction code that stands for the whole territory. */
    public static final String EVERYWHERE = "*";

    public Caller {
        roles = Set.copyOf(roles);
        jurisdictions = Set.copyOf(jurisdictions);
        scopes = Set.copyOf(scopes);
    }

    /** A caller whose roles are not narrowed by scopes. */
    public Caller(String user, Set<Role> roles, Set<String> jurisdictions, String address) {
        this(user, roles, jurisdictions, address, EnumSet.allOf(Permission.class));
    }

    /** The same caller, calling from {@code address}. */
    public Caller at(String address) {
        return new Caller(user, roles, jurisdictions, address, scopes);
    }

    /** A component of Linli acting by itself, such as the demonstration loader. */
    public static Caller system(String component) {
        return new Caller("system:" + component, Set.of(Role.ADMIN), Set.of(EVERYWHERE), "local");
    }

    /**
     * The user logged in to the Karaf console (shell) as a door would make them: the Linli roles
     * among their JAAS roles, and their jurisdiction. The audit log names them {@code shell:<user>}.
     * A console without a logged-in user is nobody, with no role and no jurisdiction.
     */
    @SuppressWarnings("removal")
    public static Caller console(Jurisdictions jurisdictions) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String user = null;
        if (subject != null) {
            for (Principal principal : subject.getPrincipals()) {
                // Karaf's UserPrincipal, matched by name to stay clear of Karaf's classes.
                if (principal.getClass().getSimpleName().equals("UserPrincipal")) {
                    user = principal.getName();
                }
            }
        }
        if (user == null) {
            return new Caller("shell:nobody", Set.of(), Set.of(), "karaf-shell");
        }
        return new Caller("shell:" + user, Role.among(subject.getPrincipals()), jurisdictions.of(user), "karaf-shell");
    }

    public boolean may(Permission permission) {
        return scopes.contains(permission) && roles.stream().anyMatch(role -> role.allows(permission));
    }

    /** Throws {@link ForbiddenException} unless one of the caller's roles allows {@code permission}. */
    public Caller require(Permission permission) {
        if (!may(permission)) {
            throw new ForbiddenException(permission.action());
        }
        return this;
    }

    public boolean everywhere() {
        return jurisdictions.contains(EVERYWHERE);
    }
}
