package org.linli.affairs;

import java.time.LocalDate;
import org.linli.common.Identified;

/** A version of a residents' convention (居民公约) or village rules (村规民约), moving through its stages in order: no stage skipped. */
public class Convention implements Identified {
    private Long id;
    private Long organisationId;
    private String title;
    private Integer version;
    private ConventionStatus status;
    private LocalDate draftedOn;
    private LocalDate consultedOn;
    private LocalDate reviewedOn;
    private LocalDate adoptedOn;
    private LocalDate publishedOn;
    private String reference;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The residents' or village committee. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** Moves one stage at a time; each stage reached has its date. */
    public ConventionStatus getStatus() {
        return status;
    }

    public void setStatus(ConventionStatus status) {
        this.status = status;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public void setDraftedOn(LocalDate draftedOn) {
        this.draftedOn = draftedOn;
    }

    /** When opinions were solicited (征求意见). */
    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public void setConsultedOn(LocalDate consultedOn) {
        this.consultedOn = consultedOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    /** Adopted by the residents' meeting (审议通过). */
    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    /** Where the text is kept. */
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
