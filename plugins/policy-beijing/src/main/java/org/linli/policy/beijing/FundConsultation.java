package org.linli.policy.beijing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Meeting;
import org.linli.organisations.Spending;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.records.RecordWrite;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-11, 公益金使用须经社区协商: spending from the community public-welfare fund (社区公益金, the funds in
 * {@code funds}) names the community consultation meeting (社区协商会议) that discussed it, or the
 * consultation (议事协商) that approved it. The register refuses a spending without one through the
 * hook; {@link #evaluate} judges the spendings already stored the same way, one finding each.
 * <p>
 * A reference that does not resolve (no such budget line or meeting) is left to the register's own
 * checks, which run after the hook and report it; the hook only refuses what it can see is wrong.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class FundConsultation extends BaseRule {
    static final String FUNDS = "funds";
    static final String MEETING_TYPES = "meetingTypes";
    static final String FIELD = "consultationMeetingId";
    static final String CODE = "consultation_required";

    public FundConsultation() {
        super("BJ-11", RuleKind.WORKFLOW, SubjectKind.SPENDING,
                Text.of("社区公益金使用须经社区协商会议讨论", "Public-welfare fund spending must be discussed by a community consultation meeting"),
                new Clause(Beijing.SOURCE, "推进社区民主协商与社区公益金等社区资金的使用挂钩,社区资金使用必须经过社区协商会议讨论,听取居民群众意见"),
                new Parameter(FUNDS, "public-welfare", Text.of("须经协商方可使用的资金(代码表 fund 的代码,逗号分隔)",
                        "Funds whose spending needs a consultation (codes of the list fund, comma-separated)")),
                new Parameter(MEETING_TYPES, "consultation", Text.of("可作为社区协商会议的会议类型(代码表 meeting 的代码,逗号分隔)",
                        "Meeting types that count as a community consultation meeting (codes of the list meeting, comma-separated)")));
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new Hook());
    }

    /** Asks the register for the budget line and meeting the spending names, and refuses when {@link #refusal} says so. */
    private static final class Hook implements RecordHook<Spending> {
        @Override
        public Class<Spending> recordClass() {
            return Spending.class;
        }

        @Override
        public void review(RecordWrite<Spending> write, CommunityFacts community, Parameters parameters) {
            Spending spending = write.record();
            BudgetLine line = write.find(BudgetLine.class, spending.getBudgetLineId()).orElse(null);
            Meeting meeting = write.find(Meeting.class, spending.getConsultationMeetingId()).orElse(null);
            refusal(spending, line, meeting, parameters.list(FUNDS), parameters.list(MEETING_TYPES))
                    .ifPresent(message -> write.refuse(FIELD, CODE, message));
        }
    }

    /**
     * Why {@code spending} must be refused, in Chinese and English, or empty when it may be stored:
     * its line is not of a fund in {@code funds}, it names a consultation, or it names a meeting of a
     * type in {@code meetingTypes}. A line or meeting that did not resolve ({@code null} while the
     * spending names one) is not refused here: the register reports it.
     */
    static Optional<String> refusal(Spending spending, BudgetLine line, Meeting meeting, List<String> funds, List<String> meetingTypes) {
        if (line == null || !funds.contains(line.getFund()) || spending.getConsultationId() != null) {
            return Optional.empty();
        }
        if (spending.getConsultationMeetingId() == null) {
            return Optional.of("社区公益金的使用必须经过社区协商会议讨论:请填写讨论该支出的社区协商会议(consultationMeetingId)或议事协商(consultationId)"
                    + " / Spending from the " + line.getFund() + " fund must be discussed by a community consultation meeting:"
                    + " give the consultationMeetingId or consultationId that approved it");
        }
        if (meeting == null || meetingTypes.contains(meeting.getType())) {
            return Optional.empty();
        }
        return Optional.of("会议" + spending.getConsultationMeetingId() + "是“" + meeting.getType() + "”,不是社区协商会议"
                + " / Meeting " + spending.getConsultationMeetingId() + " is a " + meeting.getType()
                + " meeting, not a community consultation meeting (" + String.join(", ", meetingTypes) + ")");
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<String> funds = parameters.list(FUNDS);
        List<String> meetingTypes = parameters.list(MEETING_TYPES);
        List<Outcome> outcomes = new ArrayList<>();
        for (Spending spending : facts.spendings()) {
            if (spending.getSpentOn() != null && spending.getSpentOn().isAfter(facts.asOf())) {
                continue;
            }
            BudgetLine line = facts.budgetLines().stream().filter(l -> Objects.equals(l.getId(), spending.getBudgetLineId()))
                    .findFirst().orElse(null);
            if (line == null || !funds.contains(line.getFund())) {
                continue;
            }
            Meeting meeting = facts.meetings().stream().filter(m -> spending.getConsultationMeetingId() != null
                    && spending.getConsultationMeetingId().equals(m.getId())).findFirst().orElse(null);
            Optional<String> refusal = refusal(spending, line, meeting, funds, meetingTypes);
            String name = spending.getSpentOn() + " " + spending.getPurpose() + " " + spending.getAmount();
            Subject subject = new Subject(SubjectKind.SPENDING, spending.getId(), name);
            outcomes.add(Outcome.when(refusal.isEmpty(), subject,
                    Text.of("支出“" + name + "”经社区协商:" + (spending.getConsultationId() != null ? "议事协商" + spending.getConsultationId()
                                    : "会议" + spending.getConsultationMeetingId()),
                            "Spending '" + name + "' was consulted on: " + (spending.getConsultationId() != null
                                    ? "consultation " + spending.getConsultationId() : "meeting " + spending.getConsultationMeetingId())),
                    Text.of("支出“" + name + "”未经社区协商会议讨论", "Spending '" + name + "' was not discussed by a community consultation meeting"))
                    .fact("fund", line.getFund())
                    .fact("amount", spending.getAmount())
                    .fact("spentOn", spending.getSpentOn())
                    .fact("consultationMeetingId", spending.getConsultationMeetingId())
                    .fact("meetingType", meeting == null ? null : meeting.getType())
                    .fact("consultationId", spending.getConsultationId()));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(CommunityReadings.community(facts),
                    facts.community().getName() + "没有社区公益金支出记录", facts.community().getName() + " has no spending from "
                            + String.join(", ", funds) + " recorded"));
        }
        return outcomes;
    }
}
