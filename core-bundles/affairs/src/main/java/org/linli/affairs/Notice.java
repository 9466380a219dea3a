package org.linli.affairs;

import java.time.LocalDate;
import org.linli.common.Identified;

/**
 * A notice (公告、公示) that a community or street publishes to its residents: the five items a
 * residents' committee makes public, the disclosure of community affairs (居务公开), any other
 * announcement. In force from its publication until it is withdrawn.
 */
public class Notice implements Identified {
    private Long id;
    private Long nodeId;
    private String kind;
    private String title;
    private String body;
    private String place;
    private LocalDate publishedOn;
    private LocalDate withdrawnOn;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The community or street that publishes it. */
    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    /** A code of the list {@code notice-kind}. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** Where it is posted: the hall of the service station, the notice board, the community's account. */
    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    /** The day it is taken down; empty while it stays. */
    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }
}
