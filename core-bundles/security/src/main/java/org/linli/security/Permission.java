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
    REQUEST_READ("read residents' requests and their dispatches"),
    REQUEST_WRITE("register residents' requests and take their steps"),
    POLICY_READ("read policy plugins, rules, bindings, parameters and findings"),
    POLICY_EVALUATE("evaluate communities against policy rules"),
    POLICY_MANAGE("bind policy plugins to jurisdictions"),
    /** Keep the code lists (kinds of sub-committee, facility, document…), the pay-grade table, the service catalogue and the work calendar. */
    CODES_MANAGE("manage code lists, pay grades, the service catalogue and the work calendar"),
    /** Issue, list and revoke integrators' API tokens. */
    TOKENS_MANAGE("manage API tokens"),
    /** See and lift the locks on accounts and addresses that failed to sign in too often. */
    USERS_MANAGE("lift sign-in locks");

    private final String action;

    Permission(String action) {
        this.action = action;
    }

    /** The action in words, for error messages. */
    public String action() {
        return action;
    }
}
