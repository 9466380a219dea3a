package org.linli.organisations.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.FieldChecks;
import org.linli.organisations.Candidate;
import org.linli.organisations.Election;
import org.linli.organisations.ElectionKind;
import org.linli.organisations.Meeting;
import org.linli.organisations.Organisation;
import org.linli.organisations.Qualification;
import org.linli.organisations.Term;
import org.linli.records.jpa.ChildList;
import org.linli.records.FieldRule;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;

final class ElectionType extends OrganisationPart<Election> {
    static final int MAX_CANDIDATES = 500;
    private static final ChildList<Election, Candidate> CANDIDATES = new ChildList<>(Candidate.class, "electionId",
            Candidate::getElectionId, Candidate::setElectionId, Election::getCandidates, Election::setCandidates);

    private final TermType terms;
    private final MeetingType meetings;
    private final ResidentService residents;

    ElectionType(OrganisationType organisations, TermType terms, MeetingType meetings, ResidentService residents) {
        super(Election.class, "election", "election", organisations);
        this.terms = terms;
        this.meetings = meetings;
        this.residents = residents;
        filter("termId", Filter.id("t.term_id", "filling this term"));
        filter("kind", Filter.enumValue("t.kind", ElectionKind.class, "of this kind"));
        field("organisationId").required();
        field("termId").required();
        field("kind").required();
        field("seats").required().range(1, 99);
        FieldRule candidate = field("candidates").each();
        candidate.field("personName").text(50);
        candidate.field("reviewedBy").text(200);
        candidate.field("votes").range(0, 100_000_000);
    }

    @Override
    Long organisationId(Election record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Election election, Election stored) {
        FieldChecks fields = check.fields();
        if (election.getCandidates().size() > MAX_CANDIDATES) {
            fields.add("candidates", "too_many", "an election has at most " + MAX_CANDIDATES + " candidates");
        }
        Organisation organisation = organisation(check, election.getOrganisationId());
        Term term = check.find("termId", terms, election.getTermId());
        if (!term.getOrganisationId().equals(organisation.getId())) {
            fields.add("termId", "mismatch", "the term belongs to another organisation");
        }
        Meeting meeting = check.find("meetingId", meetings, election.getMeetingId());
        if (meeting != null) {
            if (!meeting.getOrganisationId().equals(organisation.getId()) && !meeting.getOrganisationId().equals(organisation.getParentId())) {
                fields.add("meetingId", "mismatch", "the meeting was held by neither the organisation nor the committee above it");
            }
            if (election.getVoteDate() == null) {
                election.setVoteDate(meeting.getHeldOn());
            }
        }
        if (election.getKind() == ElectionKind.BY_ELECTION && election.getVoteDate() != null
                && (election.getVoteDate().isBefore(term.getStartsOn()) || election.getVoteDate().isAfter(term.getEndsOn()))) {
            fields.add("voteDate", "outside_term", "a by-election is held within the term it fills, "
                    + term.getStartsOn() + " to " + term.getEndsOn());
        }
        int elected = 0;
        for (int i = 0; i < election.getCandidates().size(); i++) {
            elected += checkCandidate(check, "candidates[" + i + "].", election.getCandidates().get(i), election) ? 1 : 0;
        }
        if (election.getSeats() != null && elected > election.getSeats()) {
            fields.add("candidates", "too_many_elected", elected + " candidates elected for " + election.getSeats() + " seats");
        }
    }

    /** Checks one candidate; whether they are marked elected. */
    private boolean checkCandidate(RecordCheck check, String prefix, Candidate candidate, Election election) {
        FieldChecks fields = check.fields();
        if (candidate == null) {
            fields.add(prefix.substring(0, prefix.length() - 1), "required", "a candidate is required");
            return false;
        }
        Resident resident = check.refer(prefix + "residentId", "resident", candidate.getResidentId(),
                () -> residents.get(candidate.getResidentId()));
        if (resident != null) {
            candidate.setPersonName(candidate.getPersonName() == null ? resident.getName() : candidate.getPersonName());
            candidate.setSex(candidate.getSex() == null ? resident.getSex() : candidate.getSex());
        }
        if (candidate.getQualification() == null) {
            candidate.setQualification(Qualification.PENDING);
        }
        // Checked here, after it may have been taken from the resident; the declared rule publishes its limit.
        fields.name(prefix + "personName", candidate.getPersonName(), 50);
        if (candidate.isElected() && candidate.getQualification() != Qualification.PASSED) {
            fields.add(prefix + "elected", "not_qualified", "only a candidate who passed the qualification review can be elected");
        }
        if (candidate.isElected() && election.getVoteDate() == null) {
            fields.add(prefix + "elected", "no_vote", "a candidate is elected by a vote: give the voteDate or the meeting");
        }
        return candidate.isElected();
    }

    @Override
    protected void afterWrite(EntityManager em, Election input, Election stored) {
        CANDIDATES.replace(em, input, stored.getId());
    }

    @Override
    protected void complete(EntityManager em, List<Election> elections) {
        CANDIDATES.load(em, elections);
    }

    @Override
    protected void beforeDelete(EntityManager em, Election stored) {
        CANDIDATES.delete(em, stored.getId());
    }
}
