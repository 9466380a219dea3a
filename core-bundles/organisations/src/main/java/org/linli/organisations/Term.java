package org.linli.organisations;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A term of office (任期) of an organisation, with the seats it has. sittingMembers and vacancies are counted for today. */
public class Term implements Identified {
    private Long id;
    private Long organisationId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer seats;
    private int sittingMembers;
    private Integer vacancies;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** e.g. 第十一届 */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    /** Number of posts in the term; vacancies are counted against it. */
    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    /** Members sitting today. */
    public int getSittingMembers() {
        return sittingMembers;
    }

    public void setSittingMembers(int sittingMembers) {
        this.sittingMembers = sittingMembers;
    }

    /** Seats minus sitting members, when seats are known. */
    public Integer getVacancies() {
        return vacancies;
    }

    public void setVacancies(Integer vacancies) {
        this.vacancies = vacancies;
    }
}
