package org.linli.services.internal;

import java.time.DayOfWeek;
import javax.persistence.EntityManager;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.services.CalendarDay;
import org.linli.services.DayKind;

final class CalendarDayType extends RecordType<CalendarDay> {
    CalendarDayType() {
        super(CalendarDay.class, "calendar day", "calendar_day", null, Permission.CODES_MANAGE);
        filter("from", Filter.from("t.calendar_date", "on or after this date"));
        filter("to", Filter.to("t.calendar_date", "on or before this date"));
        filter("kind", Filter.enumValue("t.kind", DayKind.class, "of this kind"));
        field("calendarDate").required();
        field("kind").required();
        field("name").name(50);
    }

    /** {@code calendar-days}: "day" takes a plain s. */
    @Override
    public String path() {
        return "calendar-days";
    }

    @Override
    protected String nodeSql() {
        return null;
    }

    @Override
    protected Long node(EntityManager em, CalendarDay record) {
        return null;
    }

    @Override
    protected void check(RecordCheck check, CalendarDay day, CalendarDay stored) {
        if (day.getCalendarDate() != null && day.getKind() == DayKind.WORKDAY) {
            DayOfWeek weekday = day.getCalendarDate().getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                check.fields().add("kind", "weekday", "an adjusted working day falls on a weekend; weekdays are working days already");
            }
        }
    }

    @Override
    protected String uniqueField() {
        return "calendarDate";
    }
}
