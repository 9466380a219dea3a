package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
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
 * SJ-12 居委会经费保障: daily office funds (日常办公经费) at least 80,000 yuan a year per committee;
 * autonomy funds (自治经费) 20,000 yuan per committee on average. Judged per committee on its budget
 * lines of fund {@code office} for the fiscal year of the day judged, added up; no office line that
 * year gives no verdict.
 * <p>
 * The autonomy fund is reported, not judged: the clause has the street budget it centrally
 * (由街道统筹列支) and pay it as a subsidy to committees with distinctive autonomy work, so one
 * committee below 20,000 breaks nothing; only the street's average could, and the facts are one
 * community's. The figure and the street's target are given as facts beside the verdict.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class Funding extends BaseRule {
    static final String MIN_OFFICE = "minOfficeFunds";
    static final String AUTONOMY = "autonomyFunds";
    static final String OFFICE_FUND = "office";
    static final String AUTONOMY_FUND = "autonomy";

    public Funding() {
        super("SJ-12", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会日常办公经费每年不少于8万元,自治经费平均2万元",
                        "Office funds at least 80,000 yuan a year; autonomy funds 20,000 on average"),
                new Clause(Songjiang.SOURCE,
                        "居委会日常办公经费每年平均不少于 8 万元,根据居委会管理规模、实际户数人数、工作难易程度进行分配,主要包括日常办公、社区活动、社区服务等方面;自治经费平均每个居委会 2 万元,由街道统筹列支"),
                new Parameter(MIN_OFFICE, "80000", Text.of("日常办公经费每年最低数额(元)", "Least daily office funds a year, yuan")),
                new Parameter(AUTONOMY, "20000", Text.of("自治经费平均每个居委会数额(元),仅作参考", "Average autonomy funds per committee, yuan; reported for reference")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        int year = facts.asOf().getYear();
        BigDecimal minOffice = p.decimal(MIN_OFFICE);
        BigDecimal autonomyTarget = p.decimal(AUTONOMY);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            String name = committee.getName();
            List<BudgetLine> lines = facts.budgetLines().stream()
                    .filter(b -> Objects.equals(b.getOrganisationId(), committee.getId()))
                    .filter(b -> Objects.equals(b.getFiscalYear(), year))
                    .toList();
            List<BudgetLine> office = lines.stream().filter(b -> OFFICE_FUND.equals(b.getFund()) && b.getAmount() != null).toList();
            BigDecimal autonomy = lines.stream().filter(b -> AUTONOMY_FUND.equals(b.getFund()) && b.getAmount() != null)
                    .map(BudgetLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Outcome outcome;
            if (office.isEmpty()) {
                outcome = Outcome.missingData(subject, "居委会" + name + "未登记" + year + "年度日常办公经费",
                        "Residents' committee " + name + " has no daily office budget recorded for " + year);
            } else {
                BigDecimal amount = office.stream().map(BudgetLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
                String zh = "居委会" + name + year + "年度日常办公经费" + Records.plain(amount) + "元(标准不少于" + Records.plain(minOffice)
                        + "元),自治经费" + Records.plain(autonomy) + "元(街道平均" + Records.plain(autonomyTarget) + "元)";
                String en = "Residents' committee " + name + " has " + Records.plain(amount) + " yuan of daily office funds for " + year
                        + " (at least " + Records.plain(minOffice) + "), " + Records.plain(autonomy) + " yuan of autonomy funds (street average "
                        + Records.plain(autonomyTarget) + ")";
                outcome = Outcome.when(amount.compareTo(minOffice) >= 0, subject, Text.of(zh, en),
                        Text.of(zh + ",办公经费不足", en + "; office funds fall short"))
                        .fact("officeFunds", Records.plain(amount));
            }
            outcomes.add(outcome.fact("fiscalYear", year).fact("minOfficeFunds", Records.plain(minOffice))
                    .fact("autonomyFunds", Records.plain(autonomy)).fact("autonomyAverageTarget", Records.plain(autonomyTarget)));
        }
        return outcomes;
    }
}
