package org.linli.policy.songjiang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.linli.staff.Training;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;
import org.osgi.service.component.annotations.Component;

/**
 * SJ-11 居委干部培训: the committee director (居委会主任) is trained at least once a year, other
 * members and full-time workers (专职工作者) at least once every two years. Judged per worker in post
 * on the day judged, by post (code list post): a training started within the window that ends on the
 * day judged (12 or 24 months back, both ends included) passes. A worker in post for less than one
 * window and not yet trained is not yet due (NOT_APPLICABLE). Posts in neither list (party secretary,
 * grid worker by default) are not judged.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class TrainingFrequency extends BaseRule {
    static final String DIRECTOR_MONTHS = "directorMonths";
    static final String OTHERS_MONTHS = "othersMonths";
    static final String DIRECTOR_POSTS = "directorPosts";
    static final String OTHER_POSTS = "otherPosts";

    public TrainingFrequency() {
        super("SJ-11", RuleKind.CHECK, SubjectKind.WORKER,
                Text.of("居委会主任每年至少培训一次,其他成员和专职工作者每两年至少一次",
                        "Director trained yearly, other members and full-time workers every two years"),
                new Clause(Songjiang.SOURCE, "居委会主任每年至少培训一次,其他成员和专职工作者每两年至少培训一次"),
                new Parameter(DIRECTOR_MONTHS, "12", Text.of("居委会主任培训周期(月)", "Director's training interval, months")),
                new Parameter(OTHERS_MONTHS, "24", Text.of("其他成员和专职工作者培训周期(月)", "Others' training interval, months")),
                new Parameter(DIRECTOR_POSTS, "committee-director", Text.of("按主任周期培训的岗位(代码表post)", "Posts on the director's interval (code list post)")),
                new Parameter(OTHER_POSTS, "deputy-director,committee-member,full-time-worker",
                        Text.of("按其他成员周期培训的岗位(代码表post)", "Posts on the others' interval (code list post)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        LocalDate day = facts.asOf();
        int directorMonths = p.integer(DIRECTOR_MONTHS);
        int othersMonths = p.integer(OTHERS_MONTHS);
        List<String> directorPosts = p.list(DIRECTOR_POSTS);
        List<String> otherPosts = p.list(OTHER_POSTS);
        List<Outcome> outcomes = new ArrayList<>();
        for (Worker w : facts.workers()) {
            if (!inPost(w, day)) {
                continue;
            }
            int months;
            if (directorPosts.contains(w.getPost())) {
                months = directorMonths;
            } else if (otherPosts.contains(w.getPost())) {
                months = othersMonths;
            } else {
                continue;
            }
            LocalDate windowStart = day.minusMonths(months);
            Optional<LocalDate> last = facts.trainings().stream()
                    .filter(t -> Objects.equals(t.getWorkerId(), w.getId()))
                    .map(Training::getStartedOn)
                    .filter(d -> d != null && !d.isAfter(day))
                    .max(Comparator.naturalOrder());
            boolean trained = last.isPresent() && !last.get().isBefore(windowStart);
            Subject subject = new Subject(SubjectKind.WORKER, w.getId(), w.getName());
            String who = w.getName() + "(" + w.getPost() + ")";
            String lastText = last.map(LocalDate::toString).orElse("-");
            Outcome outcome;
            if (trained) {
                outcome = Outcome.pass(subject, who + "最近一次培训" + lastText + ",在" + months + "个月内",
                        w.getName() + " (" + w.getPost() + ") was last trained on " + lastText + ", within " + months + " months");
            } else if (w.getHiredOn() != null && w.getHiredOn().isAfter(windowStart)) {
                outcome = Outcome.notApplicable(subject, who + "于" + w.getHiredOn() + "到岗,未满" + months + "个月培训周期",
                        w.getName() + " (" + w.getPost() + ") took up the post on " + w.getHiredOn() + ", less than one " + months + "-month interval ago");
            } else {
                outcome = Outcome.fail(subject, who + (last.isPresent() ? "最近一次培训" + lastText + "," : "无培训记录,") + "超过" + months + "个月未培训",
                        w.getName() + " (" + w.getPost() + ") " + (last.isPresent() ? "was last trained on " + lastText : "has no training recorded")
                                + ", not within " + months + " months");
            }
            outcomes.add(outcome.fact("post", w.getPost()).fact("hiredOn", w.getHiredOn()).fact("lastTraining", lastText)
                    .fact("intervalMonths", months).fact("windowStart", windowStart));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    "社区" + facts.community().getName() + "未登记在岗的居委会主任、成员或专职工作者",
                    "Community " + facts.community().getName() + " has no committee director, member or full-time worker in post recorded"));
        }
        return outcomes;
    }

    /** Hired by the day and not left by then; a worker marked as gone without a date is gone. */
    private static boolean inPost(Worker w, LocalDate day) {
        if (w.getHiredOn() != null && w.getHiredOn().isAfter(day)) {
            return false;
        }
        if (w.getLeftOn() != null) {
            return w.getLeftOn().isAfter(day);
        }
        return w.getStatus() != WorkerStatus.RESIGNED && w.getStatus() != WorkerStatus.DISMISSED;
    }
}
