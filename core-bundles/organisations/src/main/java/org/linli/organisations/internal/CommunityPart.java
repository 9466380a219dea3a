package org.linli.organisations.internal;

import java.util.Objects;
import javax.persistence.EntityManager;
import org.linli.common.Identified;
import org.linli.organisations.Organisation;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;

/** A record that belongs to a community itself rather than to one of its organisations. */
abstract class CommunityPart<T extends Identified> extends RecordType<T> {

    CommunityPart(Class<T> type, String name, String table) {
        super(type, name, table, Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        filter("communityId", Filter.id("t.community_id", "in this community"));
    }

    abstract Long communityId(T record);

    @Override
    protected String nodeSql() {
        return "t.community_id";
    }

    @Override
    protected Long node(EntityManager em, T record) {
        return communityId(record);
    }

    /** The organisation {@code id} of {@code communityId}, visible to the caller; {@code null} when {@code id} is. */
    static Organisation organisationIn(RecordCheck check, OrganisationType organisations, String field, Long id, Long communityId) {
        Organisation organisation = check.find(field, organisations, id);
        if (organisation != null && !Objects.equals(organisation.getCommunityId(), communityId)) {
            check.fields().add(field, "mismatch", "the organisation belongs to another community");
        }
        return organisation;
    }

}
