package org.linli.policy.beijing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-08, 走街入户: each community cadre (社区干部) spends at least one day a week visiting households,
 * judged per person and ISO week (Monday to Sunday) from the visit log: a day counts when the
 * worker logged at least one visit on it.
 * <p>
 * The weeks judged are the last {@code weeks} complete ISO weeks up to the day judged (a week still
 * running is not held against anyone), less the weeks that began before the worker was hired. The
 * cadres are the workers at work on the day judged whose post is in {@code posts}; grid workers are
 * left out by default, their rounds being grid patrols judged by grid rules.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class WeeklyVisits extends BaseRule {
    static final String MIN_DAYS = "minVisitDaysPerWeek";
    static final String WEEKS = "weeks";
    static final String POSTS = "posts";

    public WeeklyVisits() {
        super("BJ-08", RuleKind.CHECK, SubjectKind.WORKER,
                Text.of("社区干部每周走街入户1天以上", "Each community cadre visits households at least one day a week"),
                new Clause(Beijing.SOURCE, "社区干部每周必须1天以上时间走街入户"),
                new Parameter(MIN_DAYS, "1", Text.of("每周至少走街入户的天数", "Fewest days a week with household visits")),
                new Parameter(WEEKS, "4", Text.of("向前核查的完整自然周(ISO周)数", "How many complete ISO weeks back from the day judged are checked")),
                new Parameter(POSTS, "party-secretary,committee-director,deputy-director,committee-member,full-time-worker",
                        Text.of("视为社区干部的岗位(代码表 post 的代码,逗号分隔)",
                                "Posts counted as community cadres (codes of the list post, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<String> posts = parameters.list(POSTS);
        List<Worker> cadres = facts.workers().stream()
                .filter(w -> CommunityReadings.working(w, facts.asOf()) && posts.contains(w.getPost())).toList();
        if (cadres.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记在岗的社区干部", facts.community().getName() + " has no community cadre at work recorded"));
        }
        int min = parameters.integer(MIN_DAYS);
        int weeks = parameters.integer(WEEKS);
        LocalDate lastSunday = facts.asOf().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        // Each worker's visit days, read once: going through every visit for each worker and week
        // took a hundred times as long as reading them (WeeklyVisitsJmh).
        Map<Long, TreeSet<LocalDate>> visitDays = new HashMap<>();
        for (Visit visit : facts.visits()) {
            if (visit.getWorkerId() != null && visit.getVisitedOn() != null) {
                visitDays.computeIfAbsent(visit.getWorkerId(), id -> new TreeSet<>()).add(visit.getVisitedOn());
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Worker worker : cadres) {
            Subject subject = new Subject(SubjectKind.WORKER, worker.getId(), worker.getName());
            Map<String, Integer> daysPerWeek = new LinkedHashMap<>();
            List<String> below = new ArrayList<>();
            for (int i = weeks - 1; i >= 0; i--) {
                LocalDate monday = lastSunday.minusDays(6L + 7L * i);
                LocalDate sunday = monday.plusDays(6);
                if (worker.getHiredOn() != null && worker.getHiredOn().isAfter(monday)) {
                    continue;
                }
                int days = visitDays.getOrDefault(worker.getId(), new TreeSet<>()).subSet(monday, true, sunday, true).size();
                String week = week(monday);
                daysPerWeek.put(week, days);
                if (days < min) {
                    below.add(week);
                }
            }
            String name = worker.getName();
            if (daysPerWeek.isEmpty()) {
                outcomes.add(Outcome.notApplicable(subject, name + "入职不满一个完整周,暂不核查",
                        name + " has not yet worked a complete week, so there is nothing to check").fact("hiredOn", worker.getHiredOn()));
                continue;
            }
            outcomes.add(Outcome.when(below.isEmpty(), subject,
                    Text.of(name + "近" + daysPerWeek.size() + "周每周走街入户均不少于" + min + "天",
                            name + " visited households on at least " + min + " day(s) in each of the last " + daysPerWeek.size() + " weeks"),
                    Text.of(name + "近" + daysPerWeek.size() + "周中有" + below.size() + "周走街入户少于" + min + "天:" + String.join(",", below),
                            name + " visited households on fewer than " + min + " day(s) in " + below.size() + " of the last "
                                    + daysPerWeek.size() + " weeks: " + String.join(",", below)))
                    .fact("post", worker.getPost())
                    .fact("weeksJudged", daysPerWeek.size())
                    .fact("visitDaysPerWeek", daysPerWeek)
                    .fact("weeksBelow", below.isEmpty() ? "-" : String.join(",", below))
                    .fact(MIN_DAYS, min));
        }
        return outcomes;
    }

    static String week(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
