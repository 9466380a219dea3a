package org.linli.services.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.linli.services.DayKind;
import org.linli.services.LimitUnit;

/**
 * The working week, Monday to Friday, with its exceptions: public holidays on weekdays and
 * adjusted working days (调休) on weekends, as the State Council publishes them each year.
 */
final class WorkCalendar {
    private final Map<LocalDate, DayKind> exceptions;

    WorkCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * When something received at {@code from} with a limit of {@code amount} {@code unit} is due:
     * for hours, that many clock hours later; for working days, at the end of the
     * {@code amount}-th working day after the day of receipt.
     */
    LocalDateTime due(LocalDateTime from, int amount, LimitUnit unit) {
        if (unit == LimitUnit.HOURS) {
            return from.plusHours(amount);
        }
        LocalDate day = from.toLocalDate();
        for (int counted = 0; counted < amount; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(LocalTime.of(23, 59, 59));
    }
}
