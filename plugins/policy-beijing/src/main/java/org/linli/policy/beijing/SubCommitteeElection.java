package org.linli.policy.beijing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.linli.organisations.Election;
import org.linli.organisations.Meeting;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.Term;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-05, 下属委员会任期与选举: a sub-committee serves its residents' committee's term, and its members
 * were elected by a residents' meeting (社区居民会议).
 * <p>
 * "The same term" is read as: the sub-committee's sitting term ends on the day the committee's
 * sitting term ends and does not start before it. A sub-committee elected some weeks after the
 * committee still serves that committee's term (换届), so a later start is not held against it.
 * <p>
 * "Elected by a residents' meeting": every sitting member names the election that elected them,
 * that election filled this term (when it names one), and its meeting is of a type in
 * {@code meetingTypes} (default {@code residents-meeting}; a district whose representatives'
 * meeting elects adds {@code representatives-meeting}).
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class SubCommitteeElection extends BaseRule {
    static final String MEETING_TYPES = "meetingTypes";

    public SubCommitteeElection() {
        super("BJ-05", RuleKind.CHECK, SubjectKind.SUB_COMMITTEE,
                Text.of("下属委员会任期与居委会相同,由居民会议选举产生",
                        "Sub-committees serve the committee's term and are elected by a residents' meeting"),
                new Clause(Beijing.SOURCE, "任期与社区居委会任期相同,由社区居民会议按照相应程序依法选举产生"),
                new Parameter(MEETING_TYPES, "residents-meeting", Text.of(
                        "可以选举下属委员会成员的会议类型(代码表 meeting 的代码,逗号分隔)",
                        "Meeting types that may elect sub-committee members (codes of the list meeting, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> subCommittees = CommunityRecords.subCommittees(facts);
        if (subCommittees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记下属委员会", facts.community().getName() + " has no sub-committee recorded"));
        }
        List<String> meetingTypes = parameters.list(MEETING_TYPES);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation sub : subCommittees) {
            outcomes.add(judge(facts, sub, meetingTypes));
        }
        return outcomes;
    }

    private Outcome judge(CommunityFacts facts, Organisation sub, List<String> meetingTypes) {
        Subject subject = CommunityReadings.subject(SubjectKind.SUB_COMMITTEE, sub);
        String name = sub.getName();
        CommunityRecords.Sitting sitting = CommunityRecords.sittingWithCommittee(facts, sub);
        if (sitting.missing() != null) {
            return sitting.missing();
        }
        List<Membership> members = CommunityReadings.sittingMembers(facts, sitting.term());
        if (members.isEmpty()) {
            return Outcome.missingData(subject, name + "在任届期未登记成员", name + "'s sitting term has no members recorded")
                    .fact("term", CommunityReadings.term(sitting.term()));
        }
        Term own = sitting.term();
        Term theirs = sitting.committeeTerm();
        boolean sameTerm = Objects.equals(own.getEndsOn(), theirs.getEndsOn())
                && (own.getStartsOn() == null || theirs.getStartsOn() == null || !own.getStartsOn().isBefore(theirs.getStartsOn()));
        List<Membership> notElected = members.stream().filter(m -> !electedByMeeting(facts, m, meetingTypes)).toList();
        boolean passed = sameTerm && notElected.isEmpty();
        String committeeName = sitting.committee().getName();
        return Outcome.when(passed, subject,
                Text.of(name + "任期与" + committeeName + "相同," + members.size() + "名成员均由居民会议选举产生",
                        name + " serves " + committeeName + "'s term and its " + members.size() + " members were elected by a residents' meeting"),
                Text.of(name + (sameTerm ? "任期与" + committeeName + "相同" : "任期(" + CommunityReadings.term(own) + ")与"
                                + committeeName + "任期(" + CommunityReadings.term(theirs) + ")不同") + ";"
                                + members.size() + "名成员中" + notElected.size() + "名未记录由居民会议选举产生:" + CommunityRecords.names(notElected),
                        name + (sameTerm ? " serves " + committeeName + "'s term" : "'s term (" + CommunityReadings.term(own)
                                + ") differs from " + committeeName + "'s (" + CommunityReadings.term(theirs) + ")") + "; "
                                + notElected.size() + " of " + members.size() + " members have no record of election by a residents' meeting: "
                                + CommunityRecords.names(notElected)))
                .fact("term", CommunityReadings.term(own))
                .fact("committeeTerm", CommunityReadings.term(theirs))
                .fact("sameTerm", sameTerm)
                .fact("members", members.size())
                .fact("electedByMeeting", members.size() - notElected.size())
                .fact("notElected", CommunityRecords.names(notElected))
                .fact(MEETING_TYPES, String.join(",", meetingTypes));
    }

    private static boolean electedByMeeting(CommunityFacts facts, Membership member, List<String> meetingTypes) {
        Optional<Election> election = facts.elections().stream()
                .filter(e -> member.getElectionId() != null && member.getElectionId().equals(e.getId())).findFirst();
        if (election.isEmpty() || (election.get().getTermId() != null && !election.get().getTermId().equals(member.getTermId()))) {
            return false;
        }
        Long meetingId = election.get().getMeetingId();
        Optional<Meeting> meeting = facts.meetings().stream().filter(m -> meetingId != null && meetingId.equals(m.getId())).findFirst();
        return meeting.isPresent() && meetingTypes.contains(meeting.get().getType());
    }
}
