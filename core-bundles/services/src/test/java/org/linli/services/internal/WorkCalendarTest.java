package org.linli.services.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;
import org.linli.services.DayKind;
import org.linli.services.LimitUnit;

public class WorkCalendarTest {
    /** National Day 2030 as a calendar might hold it: 1–7 October off, Saturday 12 October worked. */
    private static WorkCalendar nationalDay() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2030, 10, d), DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2030, 10, 12), DayKind.WORKDAY);
        return new WorkCalendar(days);
    }

    @Test
    public void weekendsDoNotCount() {
        WorkCalendar plain = new WorkCalendar(Map.of());
        // Thursday 5 September 2030, three working days: Friday, Monday, Tuesday.
        assertEquals(LocalDateTime.of(2030, 9, 10, 23, 59, 59), plain.due(LocalDateTime.of(2030, 9, 5, 16, 30), 3, LimitUnit.WORKING_DAYS));
        // Received on a Saturday: Monday is the first working day after it.
        assertEquals(LocalDateTime.of(2030, 9, 9, 23, 59, 59), plain.due(LocalDateTime.of(2030, 9, 7, 10, 0), 1, LimitUnit.WORKING_DAYS));
    }

    @Test
    public void holidaysDoNotCountAndAdjustedWeekendsDo() {
        WorkCalendar calendar = nationalDay();
        assertFalse(calendar.isWorkingDay(LocalDate.of(2030, 10, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2030, 10, 12)));
        // Monday 30 September: 1 Oct–7 Oct are off, so the first working day is Tuesday 8 October,
        // the second Wednesday 9; a fifth falls on Saturday 12, worked that year.
        assertEquals(LocalDateTime.of(2030, 10, 9, 23, 59, 59), calendar.due(LocalDateTime.of(2030, 9, 30, 9, 0), 2, LimitUnit.WORKING_DAYS));
        assertEquals(LocalDateTime.of(2030, 10, 12, 23, 59, 59), calendar.due(LocalDateTime.of(2030, 9, 30, 9, 0), 5, LimitUnit.WORKING_DAYS));
    }

    @Test
    public void hoursAreClockHoursWhateverTheDay() {
        assertEquals(LocalDateTime.of(2030, 10, 3, 9, 0), nationalDay().due(LocalDateTime.of(2030, 10, 2, 9, 0), 24, LimitUnit.HOURS));
    }
}
