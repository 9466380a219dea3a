package org.linli.affairs.internal;

import javax.persistence.EntityManager;
import org.linli.affairs.Notice;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;

/** A notice belongs to the community or street that publishes it, and is seen by whoever sees that node. */
final class NoticeType extends RecordType<Notice> {

    NoticeType() {
        super(Notice.class, "notice", "notice", Permission.ORGANISATION_READ, Permission.ORGANISATION_WRITE);
        filter("kind", Filter.text("t.kind", "of this kind (code list notice-kind)"));
        filter("on", Filter.activeOn("t.published_on", "t.withdrawn_on", "in force on this date"));
        filter("from", Filter.from("t.published_on", "published on or after this date"));
        filter("to", Filter.to("t.published_on", "published on or before this date"));
        field("nodeId").required();
        field("kind").required().code("notice-kind");
        field("title").name(200);
        field("body").required().text(10_000);
        field("place").text(200);
        field("publishedOn").required();
    }

    @Override
    protected String nodeSql() {
        return "t.node_id";
    }

    @Override
    protected Long node(EntityManager em, Notice record) {
        return record.getNodeId();
    }

    @Override
    protected void check(RecordCheck check, Notice notice, Notice stored) {
        check.order("publishedOn", notice.getPublishedOn(), "withdrawnOn", notice.getWithdrawnOn());
        check.fields().throwIfAny();
        check.node("nodeId", notice.getNodeId(), TerritoryLevel.COMMUNITY, TerritoryLevel.STREET);
    }
}
