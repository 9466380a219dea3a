package org.linli.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a user of Linli is, and so what they may do. A JAAS user holds a role through a JAAS role
 * of the same name: {@code linli-admin}, {@code linli-grid-worker}, … Where they may do it is
 * their jurisdiction (辖区), held apart from the role.
 */
public enum Role {
    /** 平台管理员: a district IT team; everything, including revealing personal data with a reason */
    ADMIN("linli-admin", EnumSet.allOf(Permission.class)),
    /** 街道干部: reads its street, reveals personal data with a reason */
    STREET_OFFICER("linli-street-officer", EnumSet.of(Permission.TERRITORY_READ, Permission.RESIDENT_READ,
            Permission.RESIDENT_REVEAL, Permission.ORGANISATION_READ, Permission.STAFF_READ, Permission.REQUEST_READ,
            Permission.POLICY_READ, Permission.POLICY_EVALUATE)),
    /** 社区工作者: keeps the register of its community and the grids, buildings and dwellings in it */
    COMMUNITY_STAFF("linli-community-staff", EnumSet.of(Permission.TERRITORY_READ, Permission.TERRITORY_WRITE,
            Permission.RESIDENT_READ, Permission.RESIDENT_WRITE, Permission.RESIDENT_REVEAL,
            Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE, Permission.STAFF_READ, Permission.STAFF_WRITE,
            Permission.VISIT_WRITE, Permission.REQUEST_READ, Permission.REQUEST_WRITE,
            Permission.POLICY_READ, Permission.POLICY_EVALUATE)),
    /** 网格员: reads and updates the residents of its grid, records its visits; sees personal data masked */
    GRID_WORKER("linli-grid-worker", EnumSet.of(Permission.TERRITORY_READ, Permission.RESIDENT_READ,
            Permission.RESIDENT_WRITE, Permission.ORGANISATION_READ, Permission.STAFF_READ, Permission.VISIT_WRITE,
            Permission.REQUEST_READ, Permission.REQUEST_WRITE)),
    /** A machine client feeding or reading the register; sees personal data masked */
    INTEGRATOR("linli-integrator", EnumSet.of(Permission.TERRITORY_READ, Permission.RESIDENT_READ,
            Permission.RESIDENT_WRITE, Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE,
            Permission.STAFF_READ, Permission.STAFF_WRITE, Permission.VISIT_WRITE, Permission.REQUEST_READ,
            Permission.REQUEST_WRITE, Permission.POLICY_READ)),
    /** 审计员: reads the audit log, the territory, organisations and staff; no personal data */
    AUDITOR("linli-auditor", EnumSet.of(Permission.TERRITORY_READ, Permission.AUDIT_READ,
            Permission.ORGANISATION_READ, Permission.STAFF_READ, Permission.REQUEST_READ, Permission.POLICY_READ));

    private final String jaasName;
    private final Set<Permission> permissions;

    Role(String jaasName, Set<Permission> permissions) {
        this.jaasName = jaasName;
        this.permissions = permissions;
    }

    /** The JAAS role that grants this role. */
    public String jaasName() {
        return jaasName;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * The Linli roles among the principals of a JAAS subject: Karaf's {@code RolePrincipal}s,
     * matched by class name to stay clear of Karaf's boot classes.
     */
    public static Set<Role> among(Iterable<? extends Principal> principals) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal principal : principals) {
            if (principal.getClass().getSimpleName().equals("RolePrincipal")) {
                ofJaasName(principal.getName()).ifPresent(roles::add);
            }
        }
        return roles;
    }

    public static Optional<Role> ofJaasName(String name) {
        for (Role role : values()) {
            if (role.jaasName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
