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
    ORGANISATION_READ("read organisations, their terms, members, meetings, premises and funds"),
    ORGANISATION_WRITE("change organisations, their terms, members, meetings, premises and funds"),
    STAFF_READ("read community workers and their records"),
    STAFF_WRITE("change community workers and their records"),
    /** Record household visits (走访) and grid patrols, which grid workers do as well as community staff. */
    VISIT_WRITE("record household visits and grid patrols"),
    /** Keep the code lists (kinds of sub-committee, facility, document…) and the pay-grade table. */
    CODES_MANAGE("manage code lists and pay grades"),
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
