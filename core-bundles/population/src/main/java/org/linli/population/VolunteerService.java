package org.linli.population;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** Hours a volunteer served on a day. */
public class VolunteerService implements Identified {
    private Long id;
    private Long volunteerId;
    private LocalDate servedOn;
    private BigDecimal hours;
    private String activity;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public void setVolunteerId(Long volunteerId) {
        this.volunteerId = volunteerId;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public void setServedOn(LocalDate servedOn) {
        this.servedOn = servedOn;
    }

    /** From 0.5 to 24. */
    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }
}
