package org.linli.security;

/** The kinds of action a role may be allowed. */
public enum Permission {
    TERRITORY_READ("read the territory"),
    TERRITORY_WRITE("change the territory"),
    RESIDENT_READ("read residents and households"),
    RESIDENT_WRITE("change residents and households"),
    /** See ID numbers and phones unmasked, giving a reason that is audited. */
    RESIDENT_REVEAL("reveal personal data"),
    AUDIT_READ("read the audit log"),
    /** Issue, list and revoke integrators' API tokens. */
    TOKENS_MANAGE("manage API tokens");

    private final String action;

    Permission(String action) {
        this.action = action;
    }

    /** The action in words, for error messages. */
    public String action() {
        return action;
    }
}
