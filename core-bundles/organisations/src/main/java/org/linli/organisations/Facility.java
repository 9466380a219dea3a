package org.linli.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** A part of a committee's premises (配套用房): the premises as a whole, the open-plan office, rooms, stations and boards, each with its area. */
public class Facility implements Identified {
    private Long id;
    private Long organisationId;
    private String kind;
    private String name;
    private BigDecimal area;
    private LocalDate since;

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

    /** Code list facility. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Square metres. */
    public BigDecimal getArea() {
        return area;
    }

    public void setArea(BigDecimal area) {
        this.area = area;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }
}
