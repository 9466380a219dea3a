package org.linli.organisations.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;

final class OrganisationType extends RecordType<Organisation> {
    /** The code list that types an organisation of each kind; kinds not named here have no type. */
    static final Map<OrganisationKind, String> TYPE_LISTS = Map.of(
            OrganisationKind.SUB_COMMITTEE, "sub-committee",
            OrganisationKind.PARTY_ORGANISATION, "party-organisation",
            OrganisationKind.SOCIAL_ORGANISATION, "social-organisation");

    OrganisationType() {
        super(Organisation.class, "organisation", "organisation", Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        filter("kind", Filter.enumValue("t.kind", OrganisationKind.class, "of this kind"));
        filter("communityId", Filter.id("t.community_id", "in this community"));
        filter("parentId", Filter.id("t.parent_id", "directly under this organisation"));
        filter("typeCode", Filter.text("t.type_code", "of this type code"));
        filter("name", Filter.prefix("t.name", "whose name starts so"));
        filter("registration", Filter.enumValue("t.registration", org.linli.organisations.RegistrationTrack.class,
                "social organisations on this track"));
        field("kind").required();
        field("name").name(100);
        field("communityId").required();
        field("typeCode").text(40);
    }

    @Override
    protected String nodeSql() {
        return "t.community_id";
    }

    @Override
    protected Long node(EntityManager em, Organisation record) {
        return record.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, Organisation org, Organisation stored) {
        FieldChecks fields = check.fields();
        check.order("establishedOn", org.getEstablishedOn(), "dissolvedOn", org.getDissolvedOn());
        fields.throwIfAny();
        check.node("communityId", org.getCommunityId(), TerritoryLevel.COMMUNITY);
        String list = TYPE_LISTS.get(org.getKind());
        if (list != null) {
            fields.required("typeCode", org.getTypeCode());
            check.code("typeCode", list, org.getTypeCode());
        } else if (org.getTypeCode() != null) {
            fields.add("typeCode", "not_applicable", "typeCode applies only to " + TYPE_LISTS.keySet());
        }
        if (org.getKind() == OrganisationKind.SOCIAL_ORGANISATION) {
            fields.required("registration", org.getRegistration());
        } else if (org.getRegistration() != null) {
            fields.add("registration", "not_applicable", "registration applies only to a SOCIAL_ORGANISATION");
        }
        if (org.getKind() == OrganisationKind.SUB_COMMITTEE) {
            fields.required("parentId", org.getParentId());
        }
        fields.throwIfAny();
        checkParent(check, org, stored);
        if (stored != null && stored.getKind() != org.getKind() && hasChildren(check.em(), stored.getId())) {
            throw new ConflictException("kind", "in_use", "organisations under this one need it to stay a " + stored.getKind());
        }
    }

    private void checkParent(RecordCheck check, Organisation org, Organisation stored) {
        Organisation parent = check.find("parentId", this, org.getParentId());
        if (parent == null) {
            return;
        }
        boolean fits = org.getKind() == OrganisationKind.SUB_COMMITTEE
                ? parent.getKind() == OrganisationKind.RESIDENTS_COMMITTEE || parent.getKind() == OrganisationKind.VILLAGE_COMMITTEE
                : parent.getKind() == org.getKind();
        if (!fits) {
            check.fields().add("parentId", "kind", org.getKind() == OrganisationKind.SUB_COMMITTEE
                    ? "a sub-committee belongs to a RESIDENTS_COMMITTEE or VILLAGE_COMMITTEE"
                    : "an organisation's parent is of the same kind (a party branch under a party committee)");
        } else if (!Objects.equals(parent.getCommunityId(), org.getCommunityId())) {
            check.fields().add("parentId", "community", "the parent organisation belongs to another community");
        }
        Set<Long> seen = new HashSet<>();
        for (Organisation up = parent; up != null && seen.add(up.getId()); ) {
            if (stored != null && up.getId().equals(stored.getId())) {
                check.fields().add("parentId", "cycle", "an organisation cannot lie under itself");
                break;
            }
            up = up.getParentId() == null ? null : check.em().find(Organisation.class, up.getParentId());
        }
    }

    private static boolean hasChildren(EntityManager em, long id) {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.parentId = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }
}
