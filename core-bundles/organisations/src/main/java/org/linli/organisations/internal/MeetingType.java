package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.Meeting;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class MeetingType extends OrganisationPart<Meeting> {
    MeetingType(OrganisationType organisations) {
        super(Meeting.class, "meeting", "meeting", organisations);
        filter("type", Filter.text("t.type", "of this type (code list meeting)"));
        filter("from", Filter.from("t.held_on", "held on or after this date"));
        filter("to", Filter.to("t.held_on", "held on or before this date"));
        field("organisationId").required();
        field("type").required().code("meeting");
        field("title").name(200);
        field("heldOn").required();
        field("attendees").each().name(50);
        field("decisions").each().required().text(1000);
    }

    @Override
    Long organisationId(Meeting record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Meeting meeting, Meeting stored) {
        FieldChecks fields = check.fields();
        if (meeting.getAttendees().size() > 2000) {
            fields.add("attendees", "too_many", "at most 2000 attendees are named; give the rest as attendeeCount");
        }
        if (meeting.getDecisions().size() > 200) {
            fields.add("decisions", "too_many", "at most 200 decisions");
        }
        if (meeting.getAttendeeCount() == null) {
            meeting.setAttendeeCount(meeting.getAttendees().size());
        }
        check.range("attendeeCount", meeting.getAttendeeCount(), meeting.getAttendees().size(), 1_000_000);
        organisation(check, meeting.getOrganisationId());
    }
}
