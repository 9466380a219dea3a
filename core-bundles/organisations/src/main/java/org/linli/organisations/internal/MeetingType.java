package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.Meeting;
import org.linli.records.Filter;
import org.linli.records.RecordCheck;

final class MeetingType extends OrganisationPart<Meeting> {
    MeetingType(OrganisationType organisations) {
        super(Meeting.class, "meeting", "meeting", organisations);
        filter("type", Filter.text("t.type", "of this type (code list meeting)"));
        filter("from", Filter.from("t.held_on", "held on or after this date"));
        filter("to", Filter.to("t.held_on", "held on or before this date"));
    }

    @Override
    Long organisationId(Meeting record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Meeting meeting, Meeting stored) {
        FieldChecks fields = check.fields();
        fields.required("type", meeting.getType()).name("title", meeting.getTitle(), 200).required("heldOn", meeting.getHeldOn());
        check.code("type", "meeting", meeting.getType());
        if (meeting.getAttendees().size() > 2000) {
            fields.add("attendees", "too_many", "at most 2000 attendees are named; give the rest as attendeeCount");
        }
        if (meeting.getDecisions().size() > 200) {
            fields.add("decisions", "too_many", "at most 200 decisions");
        }
        for (int i = 0; i < meeting.getAttendees().size(); i++) {
            fields.name("attendees[" + i + "]", meeting.getAttendees().get(i), 50);
        }
        for (int i = 0; i < meeting.getDecisions().size(); i++) {
            fields.text("decisions[" + i + "]", meeting.getDecisions().get(i), 1000);
        }
        if (meeting.getAttendeeCount() == null) {
            meeting.setAttendeeCount(meeting.getAttendees().size());
        }
        check.range("attendeeCount", meeting.getAttendeeCount(), meeting.getAttendees().size(), 1_000_000);
        organisation(check, meeting.getOrganisationId());
    }
}
