package org.linli.staff;

import java.time.LocalDate;
import java.time.LocalTime;
import org.linli.common.Identified;

/** A duty shift on the roster (值班). */
public class Shift implements Identified {
    private Long id;
    private Long workerId;
    private LocalDate dutyDate;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String kind;
    private String place;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public LocalDate getDutyDate() {
        return dutyDate;
    }

    public void setDutyDate(LocalDate dutyDate) {
        this.dutyDate = dutyDate;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    /** Before startsAt for a night shift that ends the next day. */
    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    /** Code list shift. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
