package org.linli.policy.songjiang;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.osgi.service.component.annotations.Component;

/**
 * SJ-09 首问负责-限时办结-办结告知: the staff member who first takes a resident's request owns it to
 * the end, each catalogued service has a time limit, and the resident is told when it is done.
 * <p>
 * The core service desk already runs the process: the user who accepts a request becomes its owner
 * and only the owner may start, complete or notify it (首问负责), and the due time
 * {@code expectedAt} is set from the service's time limit on the work calendar (限时办结). So the
 * rule adds no hook; it judges the requests stored, as of the day judged (times after that day do
 * not count yet):
 * <ul>
 * <li>completed with an owner, by {@code expectedAt}, and the resident notified: PASS;</li>
 * <li>completed after {@code expectedAt}, completed without an owner, or completed and never
 * notified ({@code notifiedAt} empty): FAIL;</li>
 * <li>still open and due on a day before the day judged: FAIL; still open and not yet due:
 * NOT_APPLICABLE (no verdict yet);</li>
 * <li>rejected with a reason: NOT_APPLICABLE; no due time, or marked done without a completion
 * time: MISSING_DATA.</li>
 * </ul>
 * The time limits are the service catalogue's, so the rule has no parameters of its own.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class RequestFlow extends BaseRule {
    public RequestFlow() {
        super("SJ-09", RuleKind.WORKFLOW, SubjectKind.REQUEST,
                Text.of("首问负责-限时办结-办结告知办事流程", "First responsibility, time-limited completion, completion notice"),
                new Clause(Songjiang.SOURCE, "建立“首问负责-限时办结-办结告知”办事流程"));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        LocalDate day = facts.asOf();
        LocalDateTime endOfDay = day.plusDays(1).atStartOfDay();
        List<Outcome> outcomes = new ArrayList<>();
        for (Request r : facts.requests()) {
            if (r.getReceivedAt() != null && !r.getReceivedAt().isBefore(endOfDay)) {
                continue; // received after the day judged
            }
            outcomes.add(judge(r, day, endOfDay));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(CommunityReadings.community(facts),
                    "社区" + facts.community().getName() + "截至" + day + "无群众诉求办件",
                    "Community " + facts.community().getName() + " has no requests received by " + day)
                    .fact("requests", 0));
        }
        return outcomes;
    }

    private static Outcome judge(Request r, LocalDate day, LocalDateTime endOfDay) {
        String label = "#" + r.getId() + (r.getServiceCode() == null ? "" : " " + r.getServiceCode());
        Subject subject = new Subject(SubjectKind.REQUEST, r.getId(), label);
        boolean completed = r.getCompletedAt() != null && r.getCompletedAt().isBefore(endOfDay);
        boolean notified = r.getNotifiedAt() != null && r.getNotifiedAt().isBefore(endOfDay);
        boolean owned = r.getOwner() != null && !r.getOwner().isBlank();
        Outcome outcome;
        if (r.getStatus() == RequestStatus.REJECTED) {
            outcome = Outcome.notApplicable(subject, "办件" + label + "已不予受理", "Request " + label + " was rejected");
        } else if (r.getExpectedAt() == null) {
            outcome = Outcome.missingData(subject, "办件" + label + "未登记办结时限", "Request " + label + " has no due time recorded");
        } else if (completed) {
            boolean late = r.getCompletedAt().isAfter(r.getExpectedAt());
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!owned) {
                zh.add("无首问负责人");
                en.add("no owner (first responsible) recorded");
            }
            if (late) {
                zh.add("超时办结(" + r.getCompletedAt() + ",时限" + r.getExpectedAt() + ")");
                en.add("completed late (" + r.getCompletedAt() + ", due " + r.getExpectedAt() + ")");
            }
            if (!notified) {
                zh.add("办结后未告知居民");
                en.add("the resident was never told of completion");
            }
            outcome = zh.isEmpty()
                    ? Outcome.pass(subject,
                            "办件" + label + "由" + r.getOwner() + "首问负责,于" + r.getCompletedAt() + "办结(时限" + r.getExpectedAt() + "),已于" + r.getNotifiedAt() + "告知",
                            "Request " + label + " owned by " + r.getOwner() + " was completed at " + r.getCompletedAt() + " (due "
                                    + r.getExpectedAt() + ") and the resident told at " + r.getNotifiedAt())
                    : Outcome.fail(subject, "办件" + label + ":" + String.join(";", zh), "Request " + label + ": " + String.join("; ", en));
        } else if (isDone(r.getStatus()) && r.getCompletedAt() == null) {
            outcome = Outcome.missingData(subject, "办件" + label + "状态为" + r.getStatus() + "但未登记办结时间",
                    "Request " + label + " is " + r.getStatus() + " but has no completion time");
        } else if (r.getExpectedAt().toLocalDate().isBefore(day)) {
            outcome = Outcome.fail(subject, "办件" + label + "超过时限" + r.getExpectedAt() + "仍未办结",
                    "Request " + label + " is still open past its due time " + r.getExpectedAt());
        } else {
            outcome = Outcome.notApplicable(subject, "办件" + label + "办理中,时限" + r.getExpectedAt(),
                    "Request " + label + " is open and due at " + r.getExpectedAt());
        }
        return outcome.fact("status", r.getStatus()).fact("owner", r.getOwner()).fact("receivedAt", r.getReceivedAt())
                .fact("expectedAt", r.getExpectedAt()).fact("completedAt", r.getCompletedAt()).fact("notifiedAt", r.getNotifiedAt());
    }

    private static boolean isDone(RequestStatus status) {
        return status == RequestStatus.COMPLETED || status == RequestStatus.NOTIFIED || status == RequestStatus.CLOSED;
    }
}
