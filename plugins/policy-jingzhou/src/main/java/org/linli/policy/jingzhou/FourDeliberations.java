package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.linli.affairs.Consultation;
import org.linli.affairs.ConsultationStep;
import org.linli.organisations.Organisation;
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
 * JZ-04, 四议两公开: a major community decision taken by the procedure {@code four-deliberations}
 * goes through its steps in order — party organisation proposes (党组织提议), the joint committees
 * discuss (两委会议商议), the party members review (党员大会审议), the residents' representatives
 * resolve (居民代表会议决议) — and both the resolution and its result are published (决议公开、实施结果公开).
 * <p>
 * The steps are those of the code list {@code procedure-four-deliberations} in its order (V13), the
 * default of {@code steps}; the two disclosures are {@code disclosures}. Each consultation of the
 * procedure held on or before the day judged (its {@code heldOn}, or its first step when it has
 * none) is one finding, on the organisation that held it (the SPI has no consultation subject),
 * with the consultation's id among the facts. Steps done after the day judged are not yet done.
 * PASS when the steps done are exactly {@code steps}, in that order, dated so that none goes back;
 * FAIL when a step is out of order or undated, or when steps (a disclosure among them) are missing.
 * The document sets no time for the steps: with the default {@code graceDays} of 0 an unfinished
 * consultation FAILs as it stands; a district that sets N leaves one whose steps so far are in order
 * unjudged (NOT_APPLICABLE) for N days after it was held. The register already refuses steps out of
 * the list's order on every write, so this rule adds no hook.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class FourDeliberations extends BaseRule {
    static final String PROCEDURE = "procedure";
    static final String STEPS = "steps";
    static final String DISCLOSURES = "disclosures";
    static final String GRACE_DAYS = "graceDays";

    public FourDeliberations() {
        super("JZ-04", RuleKind.WORKFLOW, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("重大事项决策按“四议两公开”依次进行,决议和实施结果均公开",
                        "Four deliberations, two disclosures: the steps in order, the resolution and its result both published"),
                new Clause(Jingzhou.SOURCE, "通过规范居民会议、居民代表会议、居民小组会议制度,用好“四议两公开”和“一征三议两公开”工作法,不断提升民主决策水平"),
                new Parameter(PROCEDURE, "four-deliberations", Text.of("适用的协商程序(代码表 procedure 的代码)",
                        "The consultation procedure judged (a code of the list procedure)")),
                new Parameter(STEPS, "party-proposal,committees-discussion,party-members-review,representatives-resolution,resolution-published,result-published",
                        Text.of("程序各步骤,依次(代码表 procedure-four-deliberations 的代码,逗号分隔)",
                                "The procedure's steps, in order (codes of the list procedure-four-deliberations, comma-separated)")),
                new Parameter(DISCLOSURES, "resolution-published,result-published", Text.of("“两公开”对应的步骤(逗号分隔)",
                        "The steps that are the two disclosures (comma-separated)")),
                new Parameter(GRACE_DAYS, "0", Text.of("召开后多少天内未完成的协商暂不评判(文件未规定,Linli默认值0:一律按现状评判)",
                        "Days after it is held during which an unfinished consultation is not judged (the document gives none; Linli's default 0 judges it as it stands)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        String procedure = parameters.text(PROCEDURE).strip();
        List<String> steps = parameters.list(STEPS);
        List<String> disclosures = parameters.list(DISCLOSURES);
        int graceDays = parameters.integer(GRACE_DAYS);
        LocalDate asOf = facts.asOf();
        List<Outcome> outcomes = new ArrayList<>();
        for (Consultation consultation : facts.consultations()) {
            if (!procedure.equals(consultation.getProcedure())) {
                continue;
            }
            List<ConsultationStep> recorded = consultation.getSteps().stream().filter(Objects::nonNull).toList();
            LocalDate start = consultation.getHeldOn() != null ? consultation.getHeldOn()
                    : recorded.stream().map(ConsultationStep::getDoneOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            if (start == null || start.isAfter(asOf)) {
                continue;
            }
            List<ConsultationStep> done = recorded.stream().filter(s -> s.getDoneOn() == null || !s.getDoneOn().isAfter(asOf)).toList();
            List<String> problems = new ArrayList<>();
            List<String> problemsEn = new ArrayList<>();
            LocalDate previous = null;
            for (int i = 0; i < done.size(); i++) {
                ConsultationStep step = done.get(i);
                String expected = i < steps.size() ? steps.get(i) : null;
                if (!Objects.equals(expected, step.getStep())) {
                    problems.add("第" + (i + 1) + "步记为" + step.getStep() + ",应为" + (expected == null ? "(无)" : expected));
                    problemsEn.add("step " + (i + 1) + " is " + step.getStep() + " where " + (expected == null ? "none" : expected) + " is due");
                }
                if (step.getDoneOn() == null) {
                    problems.add(step.getStep() + "未记日期");
                    problemsEn.add(step.getStep() + " is undated");
                } else {
                    if (previous != null && step.getDoneOn().isBefore(previous)) {
                        problems.add(step.getStep() + "日期" + step.getDoneOn() + "早于上一步" + previous);
                        problemsEn.add(step.getStep() + " on " + step.getDoneOn() + " is before the step it follows (" + previous + ")");
                    }
                    previous = step.getDoneOn();
                }
            }
            List<String> codes = done.stream().map(ConsultationStep::getStep).toList();
            List<String> missing = steps.stream().filter(s -> !codes.contains(s)).toList();
            List<String> missingDisclosures = disclosures.stream().filter(s -> !codes.contains(s)).toList();
            Organisation holder = CommunityReadings.organisation(facts, consultation.getOrganisationId()).orElse(null);
            String label = "“" + consultation.getTopic() + "”(" + start + ")";
            Subject subject = holder != null ? new Subject(CommunityReadings.subject(holder).kind(), holder.getId(), holder.getName() + " " + label)
                    : new Subject(SubjectKind.ORGANISATION, consultation.getOrganisationId(), label);
            Outcome outcome;
            if (problems.isEmpty() && missing.isEmpty()) {
                outcome = Outcome.pass(subject, label + "按“四议两公开”依次完成" + steps.size() + "个步骤,决议和实施结果均已公开",
                        label + " went through all " + steps.size() + " steps in order; the resolution and its result were published");
            } else if (problems.isEmpty() && graceDays > 0 && !asOf.isAfter(start.plusDays(graceDays))) {
                outcome = Outcome.notApplicable(subject, label + "正在进行,已完成" + done.size() + "个步骤,尚缺" + String.join("、", missing),
                        label + " is under way: " + done.size() + " steps done, still to do " + String.join(", ", missing));
            } else {
                List<String> zh = new ArrayList<>(problems);
                List<String> en = new ArrayList<>(problemsEn);
                if (!missing.isEmpty()) {
                    zh.add("缺少步骤" + String.join("、", missing));
                    en.add("steps missing: " + String.join(", ", missing));
                }
                if (!missingDisclosures.isEmpty()) {
                    zh.add("未公开:" + String.join("、", missingDisclosures));
                    en.add("not published: " + String.join(", ", missingDisclosures));
                }
                outcome = Outcome.fail(subject, label + "未按“四议两公开”程序进行:" + String.join(";", zh),
                        label + " did not follow four deliberations, two disclosures: " + String.join("; ", en));
            }
            outcomes.add(outcome.fact("consultationId", consultation.getId())
                    .fact("topic", consultation.getTopic())
                    .fact("heldOn", start)
                    .fact("stepsDone", CommunityReadings.list(codes))
                    .fact("stepsMissing", CommunityReadings.list(missing))
                    .fact("disclosuresMissing", CommunityReadings.list(missingDisclosures))
                    .fact(GRACE_DAYS, graceDays));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(CommunityReadings.community(facts),
                    facts.community().getName() + "在" + asOf + "前没有按“四议两公开”(" + procedure + ")进行的协商",
                    facts.community().getName() + " has no consultation by the procedure " + procedure + " by " + asOf));
        }
        return outcomes;
    }
}
