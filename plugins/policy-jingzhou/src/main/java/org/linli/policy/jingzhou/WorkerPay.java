package org.linli.policy.jingzhou;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.linli.staff.Certificate;
import org.linli.staff.CertificateLevel;
import org.linli.staff.PayGrade;
import org.linli.staff.Worker;
import org.osgi.service.component.annotations.Component;

/**
 * JZ-07, 三岗十八级薪酬: the monthly pay of each community worker in post on the day judged, as the
 * figures Linli holds allow: the basic pay, {@code baseMonthly} × the coefficient of the worker's
 * post category (三岗) and grade (十八级) in the pay table ({@link CommunityFacts#payGrades()}), plus
 * the post allowance (岗位津贴) for the highest social-work certificate the worker holds on the day
 * judged (issued by then, not expired before it), by {@link CertificateLevel}. REPORTED per worker
 * with the figures; MISSING_DATA for a worker without a post category or grade, or whose grade has no
 * coefficient in the table.
 * <p>
 * The document gives no amount: it names the structure (基本工资+绩效工资+岗位津贴), the graded
 * coefficients and a monthly allowance by certificate level, all without figures. The defaults are
 * Linli's placeholders — a base of 2,000 yuan a month and allowances of 200, 300 and 400 yuan for
 * 助理社会工作师, 社会工作师 and 高级社会工作师 — which a district replaces with its own. The
 * performance pay (绩效工资) depends on the post grade and the annual appraisal by a table Linli does
 * not hold, so it is not computed and is left out of the total.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class WorkerPay extends BaseRule {
    static final String BASE = "baseMonthly";
    static final String ASSISTANT = "allowanceSocialWorkAssistant";
    static final String SOCIAL_WORKER = "allowanceSocialWorker";
    static final String SENIOR = "allowanceSeniorSocialWorker";
    private static final Map<CertificateLevel, String> ALLOWANCES = Map.of(
            CertificateLevel.SOCIAL_WORK_ASSISTANT, ASSISTANT,
            CertificateLevel.SOCIAL_WORKER, SOCIAL_WORKER,
            CertificateLevel.SENIOR_SOCIAL_WORKER, SENIOR);

    public WorkerPay() {
        super("JZ-07", RuleKind.INDICATOR, SubjectKind.WORKER,
                Text.of("社区工作者“三岗十八级”薪酬:基本工资按等级系数,岗位津贴按社工师等级",
                        "Worker pay by three posts, eighteen grades: basic pay by grade coefficient, allowance by social-work certificate"),
                new Clause(Jingzhou.SOURCE, "探索建立城市社区工作者“三岗十八级”职业化薪酬体系,分级设定工资系数;"
                        + "绩效工资根据社区工作者所对应的岗位等级和年度考评结果确定;岗位津贴针对获得社会工作师证书的社区工作者,"
                        + "根据考取社工师等级,每月给予相应职业津贴"),
                new Parameter(BASE, "2000", Text.of("基本工资基数(元/月,乘以等级系数;文件未规定,Linli默认值)",
                        "Monthly base, yuan, multiplied by the grade coefficient (the document gives none; Linli's default)")),
                new Parameter(ASSISTANT, "200", Text.of("助理社会工作师每月职业津贴(元;文件未规定,Linli默认值)",
                        "Monthly allowance for a social work assistant certificate, yuan (the document gives none; Linli's default)")),
                new Parameter(SOCIAL_WORKER, "300", Text.of("社会工作师每月职业津贴(元;文件未规定,Linli默认值)",
                        "Monthly allowance for a social worker certificate, yuan (the document gives none; Linli's default)")),
                new Parameter(SENIOR, "400", Text.of("高级社会工作师每月职业津贴(元;文件未规定,Linli默认值)",
                        "Monthly allowance for a senior social worker certificate, yuan (the document gives none; Linli's default)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Worker> workers = CommunityReadings.workersInPost(facts);
        if (workers.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记在岗的社区工作者", facts.community().getName() + " has no worker in post recorded"));
        }
        BigDecimal base = parameters.decimal(BASE);
        LocalDate asOf = facts.asOf();
        List<Outcome> outcomes = new ArrayList<>();
        for (Worker worker : workers) {
            Subject subject = CommunityReadings.subject(worker);
            String name = worker.getName();
            Optional<BigDecimal> coefficient = facts.payGrades().stream()
                    .filter(g -> worker.getPostCategory() != null && worker.getGrade() != null
                            && worker.getPostCategory().equals(g.getPostCategory()) && worker.getGrade().equals(g.getGrade()))
                    .map(PayGrade::getCoefficient).filter(Objects::nonNull).findFirst();
            if (coefficient.isEmpty()) {
                boolean unplaced = worker.getPostCategory() == null || worker.getGrade() == null;
                outcomes.add(Outcome.missingData(subject,
                        unplaced ? name + "未登记岗位类别或等级" : name + "的岗位等级" + worker.getPostCategory() + "-" + worker.getGrade() + "在薪酬表中没有工资系数",
                        unplaced ? name + " has no post category or grade recorded"
                                : name + "'s grade " + worker.getPostCategory() + "-" + worker.getGrade() + " has no coefficient in the pay table")
                        .fact("postCategory", worker.getPostCategory())
                        .fact("grade", worker.getGrade()));
                continue;
            }
            Optional<CertificateLevel> level = facts.certificates().stream()
                    .filter(c -> Objects.equals(c.getWorkerId(), worker.getId()) && c.getLevel() != null)
                    .filter(c -> (c.getIssuedOn() == null || !c.getIssuedOn().isAfter(asOf)) && (c.getExpiresOn() == null || !c.getExpiresOn().isBefore(asOf)))
                    .map(Certificate::getLevel)
                    .max(Comparator.naturalOrder());
            BigDecimal allowance = level.map(l -> parameters.decimal(ALLOWANCES.get(l))).orElse(BigDecimal.ZERO);
            BigDecimal basic = base.multiply(coefficient.get()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal total = basic.add(allowance);
            String certificate = level.map(CertificateLevel::name).orElse("-");
            outcomes.add(Outcome.reported(subject,
                            name + "(" + worker.getPostCategory() + "岗" + worker.getGrade() + "级,系数" + CommunityReadings.plain(coefficient.get())
                                    + "):基本工资" + CommunityReadings.plain(basic) + "元+岗位津贴" + CommunityReadings.plain(allowance)
                                    + "元=每月" + CommunityReadings.plain(total) + "元(绩效工资另计)",
                            name + " (" + worker.getPostCategory() + " grade " + worker.getGrade() + ", coefficient " + CommunityReadings.plain(coefficient.get())
                                    + "): basic " + CommunityReadings.plain(basic) + " + allowance " + CommunityReadings.plain(allowance)
                                    + " = " + CommunityReadings.plain(total) + " yuan a month (performance pay not included)")
                    .fact("postCategory", worker.getPostCategory())
                    .fact("grade", worker.getGrade())
                    .fact("coefficient", CommunityReadings.plain(coefficient.get()))
                    .fact(BASE, CommunityReadings.plain(base))
                    .fact("basicPay", CommunityReadings.plain(basic))
                    .fact("certificateLevel", certificate)
                    .fact("postAllowance", CommunityReadings.plain(allowance))
                    .fact("performancePay", "not computed")
                    .fact("monthlyPay", CommunityReadings.plain(total)));
        }
        return outcomes;
    }
}
