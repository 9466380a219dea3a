package org.linli.policy.beijing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.linli.services.Dispatch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * BJ-14, 街乡吹哨、部门报到: a street or community "blows the whistle" on an issue by dispatching the
 * request to a department, which must acknowledge it and report back by a deadline; what is overdue
 * escalates.
 * <p>
 * The hook gives a new dispatch sent without a deadline one: the time sent (or now, the register
 * setting the time sent after the hook) plus {@code reportHours}. The source document names the
 * measure (《关于贯彻落实“街乡吹哨部门报到”深化社区减负工作的意见》) but gives no time limit, so the
 * default of 72 hours is Linli's, which a district sets to its own.
 * <p>
 * {@link #evaluate} judges each dispatch sent in the last {@code periodDays} days, and every one
 * still unreported whenever sent: reported by its deadline PASS; reported after it FAIL (late);
 * unreported past it FAIL with {@code escalate = true}; unreported and not yet due NOT_APPLICABLE
 * (no verdict yet). The moment judged is the end of the day judged, or now if that day is not over.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class WhistleDispatch extends BaseRule {
    static final String REPORT_HOURS = "reportHours";
    static final String PERIOD_DAYS = "periodDays";

    /** What "now" is: Linli's clock service at run time, a fixed one in tests. */
    private final Clock clock;

    @Activate
    public WhistleDispatch(@Reference Clock clock) {
        super("BJ-14", RuleKind.WORKFLOW, SubjectKind.DISPATCH,
                Text.of("街乡吹哨、部门报到:部门限时报到,逾期升级", "Street whistles, departments report: departments report by a deadline; overdue escalates"),
                new Clause(Beijing.SOURCE, "关于贯彻落实“街乡吹哨部门报到”深化社区减负工作的意见"),
                new Parameter(REPORT_HOURS, "72", Text.of("部门报到时限(小时,文件未规定,Linli默认值)",
                        "Hours a department has to report (the document gives none; Linli's default)")),
                new Parameter(PERIOD_DAYS, "365", Text.of("核查最近多少天内派出的吹哨(未报到的一律核查)",
                        "Days back whose dispatches are judged (unreported ones are judged whenever sent)")));
        this.clock = clock;
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new Hook());
    }

    /** Gives a new dispatch without a deadline the default one. */
    private final class Hook implements RecordHook<Dispatch> {
        @Override
        public Class<Dispatch> recordClass() {
            return Dispatch.class;
        }

        @Override
        public void complete(RecordWrite<Dispatch> write, CommunityFacts community, Parameters parameters) {
            if (write.stored().isEmpty()) {
                write.fill("deadline", deadline(write.record().getSentAt(), LocalDateTime.now(clock), parameters.integer(REPORT_HOURS)));
            }
        }
    }

    /** The deadline of a dispatch sent at {@code sentAt} (at {@code now} when not yet set). */
    static LocalDateTime deadline(LocalDateTime sentAt, LocalDateTime now, int reportHours) {
        return (sentAt != null ? sentAt : now).plusHours(reportHours);
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        int hours = parameters.integer(REPORT_HOURS);
        LocalDateTime endOfDay = facts.asOf().plusDays(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime moment = endOfDay.isAfter(now) ? now : endOfDay;
        LocalDateTime from = facts.asOf().minusDays(parameters.integer(PERIOD_DAYS) - 1L).atStartOfDay();
        List<Outcome> outcomes = new ArrayList<>();
        for (Dispatch dispatch : facts.dispatches()) {
            if (dispatch.getSentAt() == null || dispatch.getSentAt().isAfter(moment)) {
                continue;
            }
            boolean reported = dispatch.getReportedAt() != null && !dispatch.getReportedAt().isAfter(moment);
            if (reported && dispatch.getSentAt().isBefore(from)) {
                continue;
            }
            outcomes.add(judge(dispatch, moment, hours));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(CommunityReadings.community(facts),
                    facts.community().getName() + "近期没有吹哨派单", facts.community().getName() + " has no whistle dispatched to a department in the period"));
        }
        return outcomes;
    }

    /** One dispatch as it stands at {@code moment}; a report after {@code moment} is not yet made. */
    static Outcome judge(Dispatch dispatch, LocalDateTime moment, int reportHours) {
        LocalDateTime deadline = dispatch.getDeadline() != null ? dispatch.getDeadline() : deadline(dispatch.getSentAt(), moment, reportHours);
        LocalDateTime reportedAt = dispatch.getReportedAt() != null && !dispatch.getReportedAt().isAfter(moment) ? dispatch.getReportedAt() : null;
        String department = dispatch.getDepartment();
        String name = department + " ← #" + dispatch.getRequestId();
        Subject subject = new Subject(SubjectKind.DISPATCH, dispatch.getId(), name);
        Outcome outcome;
        if (reportedAt != null) {
            long late = Duration.between(deadline, reportedAt).toHours();
            outcome = Outcome.when(!reportedAt.isAfter(deadline), subject,
                    Text.of(department + "已于" + reportedAt + "按时报到(时限" + deadline + ")",
                            department + " reported at " + reportedAt + ", by the deadline " + deadline),
                    Text.of(department + "于" + reportedAt + "报到,超过时限" + deadline + "约" + late + "小时",
                            department + " reported at " + reportedAt + ", " + late + " hours after the deadline " + deadline))
                    .fact("hoursLate", Math.max(0, late));
        } else if (deadline.isBefore(moment)) {
            long overdue = Duration.between(deadline, moment).toHours();
            outcome = Outcome.fail(subject, department + "逾期" + overdue + "小时未报到(时限" + deadline + "),应升级督办",
                            department + " has not reported " + overdue + " hours after the deadline " + deadline + "; escalate")
                    .fact("hoursOverdue", overdue)
                    .fact("escalate", true);
        } else {
            outcome = Outcome.notApplicable(subject, department + "尚未报到,时限" + deadline + "未到",
                    department + " has not reported yet; the deadline " + deadline + " has not passed");
        }
        return outcome.fact("department", department)
                .fact("requestId", dispatch.getRequestId())
                .fact("sentAt", dispatch.getSentAt())
                .fact("deadline", deadline)
                .fact("acknowledgedAt", dispatch.getAcknowledgedAt())
                .fact("reportedAt", reportedAt)
                .fact(REPORT_HOURS, reportHours);
    }
}
