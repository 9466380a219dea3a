package org.linli.organisations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/** An election or by-election (换届选举 / 补选) of an organisation's term: its candidates, their qualification review and votes, and the meeting that elected them. */
public class Election implements Identified {
    private Long id;
    private Long organisationId;
    private Long termId;
    private ElectionKind kind;
    private Integer seats;
    private LocalDate voteDate;
    private Long meetingId;
    private List<Candidate> candidates = new ArrayList<>();

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

    /** The term whose posts are filled. */
    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public ElectionKind getKind() {
        return kind;
    }

    public void setKind(ElectionKind kind) {
        this.kind = kind;
    }

    /** Posts to fill. */
    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public LocalDate getVoteDate() {
        return voteDate;
    }

    public void setVoteDate(LocalDate voteDate) {
        this.voteDate = voteDate;
    }

    /** The meeting that voted (居民会议), held by the organisation or the committee above it. */
    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    /** Replaced as a whole on update. */
    public List<Candidate> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<Candidate> candidates) {
        this.candidates = candidates == null ? new ArrayList<>() : candidates;
    }
}
