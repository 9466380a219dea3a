package org.linli.security;

import java.util.EnumSet;
import java.util.Set;
import org.linli.common.ForbiddenException;

/**
 * Who is calling a service: the user, their roles, the codes of the territory nodes they may see
 * ({@code *} for all), and where the call came from.
 */
public record Caller(String user, Set<Role> roles, Set<String> jurisdictions, String address) {
    /** The jurisdiction code that stands for the whole territory. */
    public static final String EVERYWHERE = "*";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        jurisdictions = Set.copyOf(jurisdictions);
    }

    /** A component of Linli acting by itself, such as the demonstration loader. */
    public static Caller system(String component) {
        return new Caller("system:" + component, Set.of(Role.ADMIN), Set.of(EVERYWHERE), "local");
    }

    public boolean may(Permission permission) {
        return roles.stream().anyMatch(role -> role.allows(permission));
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
