package org.linli.policy.dongying;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.staff.Patrol;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.osgi.service.component.annotations.Component;

/**
 * DY-04, 坚持每天巡查: every grid has a patrol entry in its grid log (民情日志, the staff register's
 * {@link Patrol}s) on each day.
 * <p>
 * The days judged are the last {@code days} complete days up to the day judged: from
 * {@code asOf - days} to {@code asOf - 1}. The day judged itself is left out, as it may not be over
 * (a patrol later that day is still in time); a patrol on it does no harm. A day counts for a grid
 * when at least one patrol of that grid is logged on it; a grid fails listing the days missed. The
 * grid's age is not recorded, so a grid created within the days judged is judged on all of them.
 * <p>
 * No grid recorded gives one MISSING_DATA on the community.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class DailyPatrol extends BaseRule {
    static final String DAYS = "days";

    public DailyPatrol() {
        super("DY-04", RuleKind.CHECK, SubjectKind.GRID,
                Text.of("每个网格每天巡查并记入民情日志", "Every grid is patrolled, and logged, every day"),
                new Clause(Dongying.SOURCE_GRIDS, "以网格信息库、基础台账、民情日志等形式,坚持每天巡查"),
                new Parameter(DAYS, "7", Text.of("向前核查的完整天数(不含评估当日;文件要求每天,天数为Linli默认值)",
                        "Complete days back from the day judged that are checked, that day excluded (the document asks for every day;"
                                + " the number of days is Linli's default)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<TerritoryNode> grids = facts.nodes(TerritoryLevel.GRID);
        if (grids.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts), GridRecords.name(facts) + "未划分网格",
                    GridRecords.name(facts) + " has no grid recorded").fact("grids", 0));
        }
        int days = parameters.integer(DAYS);
        LocalDate from = facts.asOf().minusDays(days);
        LocalDate to = facts.asOf().minusDays(1);
        List<Outcome> outcomes = new ArrayList<>();
        for (TerritoryNode grid : grids) {
            Set<LocalDate> patrolled = facts.patrols().stream()
                    .filter(p -> Objects.equals(p.getGridId(), grid.getId()) && p.getPatrolledOn() != null)
                    .map(Patrol::getPatrolledOn)
                    .collect(Collectors.toSet());
            List<String> missed = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!patrolled.contains(day)) {
                    missed.add(day.toString());
                }
            }
            outcomes.add(Outcome.when(missed.isEmpty(), GridRecords.subject(SubjectKind.GRID, grid),
                            Text.of(grid.getName() + "在" + from + "至" + to + "每天都有巡查记录",
                                    grid.getName() + " was patrolled every day from " + from + " to " + to),
                            Text.of(grid.getName() + "在" + from + "至" + to + "有" + missed.size() + "天没有巡查记录:" + String.join(",", missed),
                                    grid.getName() + " has no patrol logged on " + missed.size() + " of the days from " + from + " to " + to
                                            + ": " + String.join(", ", missed)))
                    .fact("from", from)
                    .fact("to", to)
                    .fact("daysPatrolled", days - missed.size())
                    .fact("daysMissed", GridRecords.list(missed))
                    .fact(DAYS, days));
        }
        return outcomes;
    }
}
