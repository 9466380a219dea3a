package org.linli.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A worker's household visits in one ISO week (Monday to Sunday). */
public class VisitWeek {
    @Schema(description = "The ISO week", example = "2026-W48")
    private String week;
    private LocalDate monday;
    private int visits;
    @Schema(description = "Days with at least one visit")
    private int days;
    @Schema(description = "The visits' minutes added up")
    private int minutes;

    /** The ISO week, such as {@code 2026-W48}. */
    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public void setMonday(LocalDate monday) {
        this.monday = monday;
    }

    public int getVisits() {
        return visits;
    }

    public void setVisits(int visits) {
        this.visits = visits;
    }

    /** Days of the week with at least one visit. */
    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    /** Minutes spent visiting in the week. */
    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }
}
