package org.linli.organisations;

import java.time.LocalDate;
import org.linli.common.Identified;

/** An inspection of an organisation (检查, 验收, 评定): a monthly affairs-disclosure patrol or spot check, a normalisation audit, a demonstration-site acceptance, a star rating; with its verdict, the rectification it asks for and the title it awards. */
public class Inspection implements Identified {
    private Long id;
    private Long organisationId;
    private String kind;
    private LocalDate inspectedOn;
    private String inspector;
    private Verdict verdict;
    private String findings;
    private LocalDate rectifyBy;
    private LocalDate rectifiedOn;
    private String awardedTitle;

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

    /** Code list inspection. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    /** Who inspected: the street, the district office, an acceptance panel. */
    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    /** The deadline for rectification (限期整改); required when the verdict is RECTIFY. */
    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public void setRectifyBy(LocalDate rectifyBy) {
        this.rectifyBy = rectifyBy;
    }

    public LocalDate getRectifiedOn() {
        return rectifiedOn;
    }

    public void setRectifiedOn(LocalDate rectifiedOn) {
        this.rectifiedOn = rectifiedOn;
    }

    /** The title awarded with a PASSED verdict, such as 区级示范点 or 四星. */
    public String getAwardedTitle() {
        return awardedTitle;
    }

    public void setAwardedTitle(String awardedTitle) {
        this.awardedTitle = awardedTitle;
    }
}
