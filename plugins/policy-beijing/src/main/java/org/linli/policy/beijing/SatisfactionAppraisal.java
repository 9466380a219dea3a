package org.linli.policy.beijing;

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
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.staff.Appraisal;
import org.linli.staff.AppraisalMethod;
import org.linli.staff.Worker;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-15, 以居民满意度为主要依据的考核: each worker at work on the day judged has, among the appraisals
 * whose period ended in the last {@code periodDays} days, one that is a third-party resident
 * satisfaction survey ({@link AppraisalMethod#THIRD_PARTY_SURVEY}: face-to-face or phone, random
 * sample) naming the third party that ran it, with a sample of at least {@code minSampleSize}
 * residents, and whose result was tied to a consequence (bonus, renewal, dismissal…: any recorded
 * consequence, "none" included, shows the result was weighed).
 * <p>
 * Linli records no weights between appraisal methods, so "mainly" is read as "the survey is there
 * and carries the consequence". The clause names no sample size; the default 1 asks only that a
 * sample was recorded, and a district sets its own. A worker hired within the period and not yet
 * appraised is not yet due (NOT_APPLICABLE); a community with no appraisal recorded at all does not
 * use the register (MISSING_DATA).
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class SatisfactionAppraisal extends BaseRule {
    static final String PERIOD_DAYS = "periodDays";
    static final String MIN_SAMPLE = "minSampleSize";

    public SatisfactionAppraisal() {
        super("BJ-15", RuleKind.CHECK, SubjectKind.WORKER,
                Text.of("以居民满意度为主要依据考核社区工作者", "Workers are appraised mainly on residents' satisfaction surveyed by a third party"),
                new Clause(Beijing.SOURCE, "依托第三方独立评估机构,建立以居民满意度为主要依据的社区工作考核体系,采取面对面、电话访问等方式,"
                        + "随机了解社区服务群众、解决群众身边难题的工作情况,对社区工作进行考核评议,考评结果与社区工作者绩效奖励、评优惩戒、续聘解聘等挂钩"),
                new Parameter(PERIOD_DAYS, "365", Text.of("考核周期天数:考核期在此期间内结束的考核计入", "Days back within which an appraisal's period must end")),
                new Parameter(MIN_SAMPLE, "1", Text.of("第三方调查最少样本数(文件未规定)", "Fewest residents sampled by the third-party survey (the document gives no number)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        LocalDate asOf = facts.asOf();
        List<Worker> workers = facts.workers().stream().filter(w -> CommunityReadings.working(w, asOf)).toList();
        Set<Long> workerIds = facts.workers().stream().map(Worker::getId).collect(Collectors.toSet());
        if (workers.isEmpty() || facts.appraisals().stream().noneMatch(a -> workerIds.contains(a.getWorkerId()))) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + (workers.isEmpty() ? "未登记在岗的社区工作者" : "未登记任何考核"),
                    facts.community().getName() + (workers.isEmpty() ? " has no worker at work recorded" : " has no appraisal recorded")));
        }
        int minSample = parameters.integer(MIN_SAMPLE);
        LocalDate from = asOf.minusDays(parameters.integer(PERIOD_DAYS) - 1L);
        List<Outcome> outcomes = new ArrayList<>();
        for (Worker worker : workers) {
            Subject subject = new Subject(SubjectKind.WORKER, worker.getId(), worker.getName());
            String name = worker.getName();
            List<Appraisal> appraisals = facts.appraisals().stream()
                    .filter(a -> Objects.equals(a.getWorkerId(), worker.getId()) && a.getPeriodEnd() != null
                            && !a.getPeriodEnd().isBefore(from) && !a.getPeriodEnd().isAfter(asOf))
                    .toList();
            List<Appraisal> surveys = appraisals.stream().filter(a -> a.getMethod() == AppraisalMethod.THIRD_PARTY_SURVEY).toList();
            List<Appraisal> sound = surveys.stream().filter(a -> a.getAssessor() != null && !a.getAssessor().isBlank()
                    && a.getSampleSize() != null && a.getSampleSize() >= minSample && a.getConsequence() != null).toList();
            if (appraisals.isEmpty() && worker.getHiredOn() != null && worker.getHiredOn().isAfter(from)) {
                outcomes.add(Outcome.notApplicable(subject, name + "入职未满一个考核周期,尚无考核",
                        name + " was hired within the period and is not yet due for appraisal").fact("hiredOn", worker.getHiredOn()));
                continue;
            }
            Outcome outcome;
            if (!sound.isEmpty()) {
                Appraisal a = sound.get(sound.size() - 1);
                outcome = Outcome.pass(subject, name + "经第三方(" + a.getAssessor() + ")居民满意度调查考核,样本" + a.getSampleSize()
                                + "人,结果" + a.getResult() + ",挂钩" + a.getConsequence(),
                        name + " was appraised by a third-party satisfaction survey (" + a.getAssessor() + ", " + a.getSampleSize()
                                + " residents), result " + a.getResult() + ", consequence " + a.getConsequence())
                        .fact("assessor", a.getAssessor())
                        .fact("sampleSize", a.getSampleSize())
                        .fact("result", a.getResult())
                        .fact("consequence", a.getConsequence());
            } else if (surveys.isEmpty()) {
                outcome = Outcome.fail(subject, name + "在" + from + "至" + asOf + "期间的" + appraisals.size() + "次考核中没有第三方居民满意度调查",
                        name + " has no third-party satisfaction survey among " + appraisals.size() + " appraisals from " + from + " to " + asOf);
            } else {
                outcome = Outcome.fail(subject, name + "的第三方满意度调查缺少评估机构、不少于" + minSample + "人的样本或结果运用(奖惩、续聘解聘)",
                        name + "'s third-party survey lacks the assessor, a sample of at least " + minSample
                                + " residents, or a consequence (bonus, renewal, dismissal)");
            }
            outcomes.add(outcome.fact("from", from)
                    .fact("to", asOf)
                    .fact("appraisals", appraisals.size())
                    .fact("thirdPartySurveys", surveys.size())
                    .fact(MIN_SAMPLE, minSample));
        }
        return outcomes;
    }
}
