package org.linli.organisations.internal;

import javax.persistence.EntityManager;
import org.linli.common.Identified;
import org.linli.organisations.Organisation;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;

/** A record that belongs to an organisation, and is seen by whoever sees the organisation's community. */
abstract class OrganisationPart<T extends Identified> extends RecordType<T> {
    /** A part of an organisation lies where the organisation does: its community. */
    private static final String ORGANISATION_COMMUNITY = "(SELECT o.community_id FROM organisation o WHERE o.id = t.organisation_id)";

    final OrganisationType organisations;

    OrganisationPart(Class<T> type, String name, String table, OrganisationType organisations) {
        super(type, name, table, Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        this.organisations = organisations;
        filter("organisationId", Filter.id("t.organisation_id", "of this organisation"));
    }

    abstract Long organisationId(T record);

    @Override
    protected String nodeSql() {
        return ORGANISATION_COMMUNITY;
    }

    /** Selects the organisations under the nodes once, while the row's node is its organisation's community. */
    @Override
    protected String scopeSql(String nodes) {
        return ORGANISATION_COMMUNITY.equals(nodeSql())
                ? scopeThrough("t.organisation_id", "organisation", "community_id", nodes) : super.scopeSql(nodes);
    }

    @Override
    protected Long node(EntityManager em, T record) {
        Organisation organisation = organisationId(record) == null ? null : em.find(Organisation.class, organisationId(record));
        return organisation == null ? null : organisation.getCommunityId();
    }

    /** The record's organisation, visible; the kind declares it required ({@code field("organisationId").required()}). */
    Organisation organisation(RecordCheck check, Long id) {
        check.fields().throwIfAny();
        return check.find("organisationId", organisations, id);
    }
}
