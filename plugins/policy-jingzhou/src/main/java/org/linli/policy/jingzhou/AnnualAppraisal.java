package org.linli.policy.jingzhou;

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
import org.linli.staff.AppraisalConsequence;
import org.linli.staff.AppraisalMethod;
import org.linli.staff.AppraisalResult;
import org.linli.staff.Worker;
import org.osgi.service.component.annotations.Component;

/**
 * JZ-08, 年度综合考核五个环节: each community worker in post on the day judged has, for the year, an
 * appraisal that took in 个人述职、群众测评、组织评定、社会公示和考核结果反馈, and whose result drives
 * renewal, dismissal, reward or a change of post.
 * <p>
 * An {@link Appraisal} record carries one method, so the year's appraisal is the worker's records
 * whose period ended in the last {@code periodDays} days up to the day judged, read together:
 * <ol>
 * <li>个人述职 self-report: a record of method {@link AppraisalMethod#SELF_REPORT};</li>
 * <li>群众测评 resident assessment: a record of a method in {@code residentMethods} (default
 * {@link AppraisalMethod#RESIDENT_ASSESSMENT} and {@link AppraisalMethod#THIRD_PARTY_SURVEY}, a
 * survey of residents);</li>
 * <li>组织评定 organisation assessment: a record of method {@link AppraisalMethod#ORGANISATION_ASSESSMENT};</li>
 * <li>社会公示 public notice: a record with {@link Appraisal#getNoticeOn()} on or before the day judged;</li>
 * <li>考核结果反馈 feedback: a record with both a {@link AppraisalResult} and an
 * {@link AppraisalConsequence} (续聘、解聘、奖惩、调岗; {@code NONE} counts, as the result was weighed).</li>
 * </ol>
 * The records carry no date for the first three steps, so their order cannot be judged; only their
 * presence is. PASS when all five are there, FAIL naming those missing; a worker with no appraisal
 * in the period FAILs unless hired within it (not yet due, NOT_APPLICABLE); a community with no
 * appraisal recorded at all does not use the register (MISSING_DATA).
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class AnnualAppraisal extends BaseRule {
    static final String PERIOD_DAYS = "periodDays";
    static final String RESIDENT_METHODS = "residentMethods";

    public AnnualAppraisal() {
        super("JZ-08", RuleKind.WORKFLOW, SubjectKind.WORKER,
                Text.of("年度综合考核涵盖个人述职、群众测评、组织评定、社会公示和考核结果反馈",
                        "The annual appraisal takes in self-report, resident assessment, organisation assessment, public notice and feedback"),
                new Clause(Jingzhou.SOURCE, "制定以年度综合考核为主要方式的涵盖个人述职、群众测评、组织评定、社会公示和考核结果反馈等环节的绩效考核机制,"
                        + "并将考核结果作为社区工作者续聘、解聘、奖惩、调整岗位的重要依据"),
                new Parameter(PERIOD_DAYS, "365", Text.of("考核期在此天数内结束的考核计入当年考核", "Days back within which an appraisal's period must end to count for the year")),
                new Parameter(RESIDENT_METHODS, "RESIDENT_ASSESSMENT,THIRD_PARTY_SURVEY", Text.of("算作群众测评的考核方式(逗号分隔)",
                        "Appraisal methods that count as the resident assessment (comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        LocalDate asOf = facts.asOf();
        List<Worker> workers = CommunityReadings.workersInPost(facts);
        Set<Long> workerIds = facts.workers().stream().map(Worker::getId).collect(Collectors.toSet());
        if (workers.isEmpty() || facts.appraisals().stream().noneMatch(a -> workerIds.contains(a.getWorkerId()))) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + (workers.isEmpty() ? "未登记在岗的社区工作者" : "未登记任何考核"),
                    facts.community().getName() + (workers.isEmpty() ? " has no worker in post recorded" : " has no appraisal recorded")));
        }
        List<String> residentMethods = parameters.list(RESIDENT_METHODS);
        LocalDate from = asOf.minusDays(parameters.integer(PERIOD_DAYS) - 1L);
        List<Outcome> outcomes = new ArrayList<>();
        for (Worker worker : workers) {
            Subject subject = CommunityReadings.subject(worker);
            String name = worker.getName();
            List<Appraisal> year = facts.appraisals().stream()
                    .filter(a -> Objects.equals(a.getWorkerId(), worker.getId()) && a.getPeriodEnd() != null
                            && !a.getPeriodEnd().isBefore(from) && !a.getPeriodEnd().isAfter(asOf))
                    .toList();
            if (year.isEmpty() && worker.getHiredOn() != null && worker.getHiredOn().isAfter(from)) {
                outcomes.add(Outcome.notApplicable(subject, name + "入职未满一个考核年度,尚无考核",
                        name + " was hired within the period and is not yet due for appraisal").fact("hiredOn", worker.getHiredOn()));
                continue;
            }
            boolean selfReport = year.stream().anyMatch(a -> a.getMethod() == AppraisalMethod.SELF_REPORT);
            boolean residents = year.stream().anyMatch(a -> a.getMethod() != null && residentMethods.contains(a.getMethod().name()));
            boolean organisation = year.stream().anyMatch(a -> a.getMethod() == AppraisalMethod.ORGANISATION_ASSESSMENT);
            LocalDate noticeOn = year.stream().map(Appraisal::getNoticeOn).filter(d -> CommunityReadings.by(d, asOf))
                    .max(LocalDate::compareTo).orElse(null);
            Appraisal feedback = year.stream().filter(a -> a.getResult() != null && a.getConsequence() != null)
                    .reduce((a, b) -> b).orElse(null);
            List<String> missingZh = new ArrayList<>();
            List<String> missingEn = new ArrayList<>();
            step(selfReport, "个人述职", "self-report", missingZh, missingEn);
            step(residents, "群众测评", "resident assessment", missingZh, missingEn);
            step(organisation, "组织评定", "organisation assessment", missingZh, missingEn);
            step(noticeOn != null, "社会公示", "public notice", missingZh, missingEn);
            step(feedback != null, "考核结果反馈", "feedback (result and consequence)", missingZh, missingEn);
            Outcome outcome;
            if (year.isEmpty()) {
                outcome = Outcome.fail(subject, name + "在" + from + "至" + asOf + "期间没有年度考核",
                        name + " has no annual appraisal from " + from + " to " + asOf);
            } else if (missingZh.isEmpty()) {
                outcome = Outcome.pass(subject, name + "的年度考核五个环节齐全,结果" + feedback.getResult() + ",运用于" + feedback.getConsequence(),
                        name + "'s annual appraisal took in all five steps; result " + feedback.getResult() + ", consequence " + feedback.getConsequence());
            } else {
                outcome = Outcome.fail(subject, name + "的年度考核缺少环节:" + String.join("、", missingZh),
                        name + "'s annual appraisal lacks: " + String.join(", ", missingEn));
            }
            outcomes.add(outcome.fact("from", from)
                    .fact("to", asOf)
                    .fact("appraisals", year.size())
                    .fact("selfReport", selfReport)
                    .fact("residentAssessment", residents)
                    .fact("organisationAssessment", organisation)
                    .fact("noticeOn", noticeOn)
                    .fact("result", feedback == null ? null : feedback.getResult())
                    .fact("consequence", feedback == null ? null : feedback.getConsequence()));
        }
        return outcomes;
    }

    private static void step(boolean present, String zh, String en, List<String> missingZh, List<String> missingEn) {
        if (!present) {
            missingZh.add(zh);
            missingEn.add(en);
        }
    }
}
