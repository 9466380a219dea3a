package org.linli.services;

import java.time.LocalDate;
import org.linli.common.Identified;

/** An exception to the working week: a holiday on a weekday or an adjusted working day (调休) on a weekend. */
public class CalendarDay implements Identified {
    private Long id;
    private LocalDate calendarDate;
    private DayKind kind;
    private String name;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getCalendarDate() {
        return calendarDate;
    }

    public void setCalendarDate(LocalDate calendarDate) {
        this.calendarDate = calendarDate;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    /** e.g. 国庆节, 国庆节调休 */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
