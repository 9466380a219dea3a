package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.linli.affairs.Convention;
import org.linli.affairs.ConventionStatus;
import org.linli.organisations.Organisation;
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
import org.osgi.service.component.annotations.Component;

/**
 * JZ-03, 居民公约五项程序: a residents' convention goes through 拟定草案、征求意见、审核把关、审议通过、公布执行
 * in that order, no step skipped: each stage it has reached has its date
 * ({@code draftedOn <= consultedOn <= reviewedOn <= adoptedOn <= publishedOn}).
 * <p>
 * The conventions register already enforces this on every write (ConventionType: a convention moves
 * one stage at a time, each stage reached has its date, dates in order, no date for a stage not
 * reached), so this rule adds no hook: a hook would only repeat the register's refusals. The rule
 * judges the conventions stored, which may predate the register's checks (imported data), as of the
 * day judged: the stage a convention had reached then is its stored status, unless a stage up to it
 * is dated after that day; then it is the latest stage dated on or before that day. A convention
 * none of whose stages was reached by then is not judged. Each convention version is one finding,
 * on the committee it belongs to (the SPI has no convention subject), with the convention's id among
 * the facts: PASS when every stage up to the one reached is dated in order, FAIL when an earlier
 * stage's date is missing, dates go back, or a stage not reached is dated.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class ConventionProcedure extends BaseRule {
    private static final List<String> STAGES_ZH = List.of("拟定草案", "征求意见", "审核把关", "审议通过", "公布执行");
    private static final List<String> DATES = List.of("draftedOn", "consultedOn", "reviewedOn", "adoptedOn", "publishedOn");

    public ConventionProcedure() {
        super("JZ-03", RuleKind.WORKFLOW, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居民公约按拟定草案、征求意见、审核把关、审议通过、公布执行五项程序依次进行",
                        "Residents' conventions go through draft, opinions, review, adoption and publication in order"),
                new Clause(Jingzhou.SOURCE, "统筹全区各社区按照拟定草案、征求意见、审核把关、审议通过、公布执行*项程序,"
                        + "修订完善具有依法保障、自我约束且务实管用的居民公约"));
    }

    static List<LocalDate> dates(Convention c) {
        return Arrays.asList(c.getDraftedOn(), c.getConsultedOn(), c.getReviewedOn(), c.getAdoptedOn(), c.getPublishedOn());
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.committees(facts);
        if (committees.isEmpty()) {
            return List.of(CommunityReadings.noCommittee(facts));
        }
        LocalDate asOf = facts.asOf();
        List<Outcome> outcomes = new ArrayList<>();
        for (Convention convention : facts.conventions()) {
            Organisation committee = CommunityReadings.organisation(facts, convention.getOrganisationId()).orElse(null);
            if (committee == null || !CommunityReadings.committee(committee)) {
                continue;
            }
            List<LocalDate> dates = dates(convention);
            int stored = convention.getStatus() != null ? convention.getStatus().ordinal() : lastDated(dates);
            int reached = stored;
            boolean laterDated = false;
            for (int i = 0; i <= stored && i < dates.size(); i++) {
                laterDated |= dates.get(i) != null && dates.get(i).isAfter(asOf);
            }
            if (laterDated) {
                reached = -1;
                for (int i = 0; i <= stored && i < dates.size(); i++) {
                    if (CommunityReadings.by(dates.get(i), asOf)) {
                        reached = i;
                    }
                }
            }
            if (reached < 0) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            List<String> order = new ArrayList<>();
            List<String> notReached = new ArrayList<>();
            LocalDate previous = null;
            int previousStage = -1;
            for (int i = 0; i <= reached; i++) {
                LocalDate date = dates.get(i);
                if (date == null) {
                    missing.add(STAGES_ZH.get(i) + "/" + DATES.get(i));
                    continue;
                }
                if (previous != null && date.isBefore(previous)) {
                    order.add(DATES.get(i) + " " + date + " < " + DATES.get(previousStage) + " " + previous);
                }
                previous = date;
                previousStage = i;
            }
            for (int i = stored + 1; i < dates.size(); i++) {
                if (dates.get(i) != null) {
                    notReached.add(DATES.get(i) + " " + dates.get(i));
                }
            }
            String label = "《" + convention.getTitle() + "》v" + convention.getVersion();
            Subject subject = new Subject(SubjectKind.RESIDENTS_COMMITTEE, committee.getId(), committee.getName() + " " + label);
            ConventionStatus stage = ConventionStatus.values()[reached];
            Outcome outcome;
            if (missing.isEmpty() && order.isEmpty() && notReached.isEmpty()) {
                outcome = Outcome.pass(subject, label + "已到" + STAGES_ZH.get(reached) + "阶段,此前各项程序依次有日期",
                        label + " has reached " + stage + " with every earlier step dated in order");
            } else {
                List<String> zh = new ArrayList<>();
                List<String> en = new ArrayList<>();
                if (!missing.isEmpty()) {
                    zh.add("缺少" + String.join("、", missing) + "的日期");
                    en.add("no date for " + String.join(", ", missing));
                }
                if (!order.isEmpty()) {
                    zh.add("程序顺序颠倒:" + String.join("、", order));
                    en.add("steps out of order: " + String.join(", ", order));
                }
                if (!notReached.isEmpty()) {
                    zh.add("尚未到达的阶段已有日期:" + String.join("、", notReached));
                    en.add("dated though not reached: " + String.join(", ", notReached));
                }
                outcome = Outcome.fail(subject, label + "已到" + STAGES_ZH.get(reached) + "阶段,但" + String.join(";", zh),
                        label + " has reached " + stage + ", but " + String.join("; ", en));
            }
            outcomes.add(outcome.fact("conventionId", convention.getId())
                    .fact("title", convention.getTitle())
                    .fact("version", convention.getVersion())
                    .fact("status", convention.getStatus())
                    .fact("stageOnDay", stage)
                    .fact("draftedOn", convention.getDraftedOn())
                    .fact("consultedOn", convention.getConsultedOn())
                    .fact("reviewedOn", convention.getReviewedOn())
                    .fact("adoptedOn", convention.getAdoptedOn())
                    .fact("publishedOn", convention.getPublishedOn()));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(CommunityReadings.community(facts),
                    facts.community().getName() + "在" + asOf + "前没有居民公约的制定记录",
                    facts.community().getName() + " has no residents' convention under way by " + asOf));
        }
        return outcomes;
    }

    private static int lastDated(List<LocalDate> dates) {
        int last = -1;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null) {
                last = i;
            }
        }
        return last;
    }
}
