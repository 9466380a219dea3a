package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linli.organisations.Inspection;
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
 * JZ-02, 居务公开街道月巡查、区级月抽查、限期整改: the street inspects each residents' committee's
 * affairs disclosure (居务公开) every month, the district spot-checks, and what they find is rectified
 * by the deadline they set.
 * <p>
 * Per committee, from its inspections on or before the day judged:
 * <ul>
 * <li>each of the last {@code months} complete calendar months before the month of the day judged
 * has an inspection of a kind in {@code streetKinds} (default {@code disclosure-street-monthly});
 * months that ended before the committee was established are not asked for;</li>
 * <li>every inspection of a kind in {@code rectificationKinds} (street patrols and district spot
 * checks) that set a deadline ({@link Inspection#getRectifyBy()}) was rectified by it
 * ({@code rectifiedOn <= rectifyBy}). One rectified late FAILs when it was inspected within the
 * months judged; one still open past its deadline FAILs whenever it was made; one open and not yet
 * due is waited for.</li>
 * </ul>
 * The district's spot check (抽查) samples committees, so none is asked of each committee; the spot
 * checks found are counted among the facts. Whether each category of affairs is published on time
 * is not judged: Linli records no disclosure schedule.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class DisclosureInspections extends BaseRule {
    static final String MONTHS = "months";
    static final String STREET_KINDS = "streetKinds";
    static final String RECTIFICATION_KINDS = "rectificationKinds";
    static final String SPOT_CHECK = "disclosure-district-spot-check";

    public DisclosureInspections() {
        super("JZ-02", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居务公开街道月巡查、区级月抽查,发现问题限期整改",
                        "Affairs disclosure: the street inspects monthly, the district spot-checks; findings are rectified by their deadline"),
                new Clause(Jingzhou.SOURCE, "强化居务公开街道月巡查和区级月抽查制度,对发现的问题当场反馈、及时通报、限期整改,确保居务公开工作规范有序"),
                new Parameter(MONTHS, "3", Text.of("核查最近几个完整月份的街道月巡查", "Complete months back, each of which needs a street inspection")),
                new Parameter(STREET_KINDS, "disclosure-street-monthly", Text.of("算作街道月巡查的检查类别(代码表 inspection,逗号分隔)",
                        "Inspection kinds that count as the street's monthly patrol (codes of the list inspection, comma-separated)")),
                new Parameter(RECTIFICATION_KINDS, "disclosure-street-monthly,disclosure-district-spot-check",
                        Text.of("核查限期整改的检查类别(代码表 inspection,逗号分隔)",
                                "Inspection kinds whose rectification deadlines are judged (codes of the list inspection, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.committees(facts);
        if (committees.isEmpty()) {
            return List.of(CommunityReadings.noCommittee(facts));
        }
        int months = parameters.integer(MONTHS);
        List<String> streetKinds = parameters.list(STREET_KINDS);
        List<String> rectificationKinds = parameters.list(RECTIFICATION_KINDS);
        LocalDate asOf = facts.asOf();
        YearMonth current = YearMonth.from(asOf);
        LocalDate from = current.minusMonths(months).atDay(1);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = CommunityReadings.subject(SubjectKind.RESIDENTS_COMMITTEE, committee);
            String name = committee.getName();
            List<Inspection> own = facts.inspections().stream()
                    .filter(i -> Objects.equals(i.getOrganisationId(), committee.getId()) && CommunityReadings.by(i.getInspectedOn(), asOf))
                    .toList();
            List<YearMonth> missing = new ArrayList<>();
            for (int back = months; back >= 1; back--) {
                YearMonth month = current.minusMonths(back);
                if (committee.getEstablishedOn() != null && month.atEndOfMonth().isBefore(committee.getEstablishedOn())) {
                    continue;
                }
                boolean inspected = own.stream().anyMatch(i -> streetKinds.contains(i.getKind()) && YearMonth.from(i.getInspectedOn()).equals(month));
                if (!inspected) {
                    missing.add(month);
                }
            }
            List<String> late = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            int pending = 0;
            int rectified = 0;
            for (Inspection i : own) {
                if (!rectificationKinds.contains(i.getKind()) || i.getRectifyBy() == null) {
                    continue;
                }
                String label = i.getKind() + " " + i.getInspectedOn();
                if (CommunityReadings.by(i.getRectifiedOn(), asOf)) {
                    if (i.getRectifiedOn().isAfter(i.getRectifyBy())) {
                        if (!i.getInspectedOn().isBefore(from)) {
                            late.add(label + "(" + i.getRectifiedOn() + ">" + i.getRectifyBy() + ")");
                        }
                    } else {
                        rectified++;
                    }
                } else if (i.getRectifyBy().isBefore(asOf)) {
                    overdue.add(label + "(" + i.getRectifyBy() + ")");
                } else {
                    pending++;
                }
            }
            long streetInspections = own.stream().filter(i -> streetKinds.contains(i.getKind()) && !i.getInspectedOn().isBefore(from)).count();
            long spotChecks = own.stream().filter(i -> SPOT_CHECK.equals(i.getKind()) && !i.getInspectedOn().isBefore(from)).count();
            boolean passed = missing.isEmpty() && late.isEmpty() && overdue.isEmpty();
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            zh.add(missing.isEmpty() ? "最近" + months + "个月每月均有街道巡查" : CommunityReadings.list(missing) + "没有街道月巡查");
            en.add(missing.isEmpty() ? "a street inspection in each of the last " + months + " months" : "no street inspection in " + CommunityReadings.list(missing));
            if (!overdue.isEmpty()) {
                zh.add("逾期未整改:" + String.join("、", overdue));
                en.add("rectification overdue: " + String.join(", ", overdue));
            }
            if (!late.isEmpty()) {
                zh.add("超期整改:" + String.join("、", late));
                en.add("rectified after the deadline: " + String.join(", ", late));
            }
            if (pending > 0) {
                zh.add(pending + "项整改未到期限");
                en.add(pending + " rectification(s) not yet due");
            }
            outcomes.add(Outcome.when(passed, subject,
                            Text.of(name + "居务公开:" + String.join(";", zh), name + " affairs disclosure: " + String.join("; ", en)),
                            Text.of(name + "居务公开:" + String.join(";", zh), name + " affairs disclosure: " + String.join("; ", en)))
                    .fact("from", from)
                    .fact("to", asOf)
                    .fact("streetInspections", streetInspections)
                    .fact("monthsWithoutStreetInspection", CommunityReadings.list(missing))
                    .fact("districtSpotChecks", spotChecks)
                    .fact("rectifiedOnTime", rectified)
                    .fact("rectifiedLate", late.size())
                    .fact("rectificationOverdue", overdue.size())
                    .fact("rectificationPending", pending)
                    .fact(MONTHS, months));
        }
        return outcomes;
    }
}
