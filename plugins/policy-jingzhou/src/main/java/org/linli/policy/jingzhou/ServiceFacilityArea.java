package org.linli.policy.jingzhou;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.linli.organisations.Facility;
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
 * JZ-05, 每百户综合服务设施面积: a community has at least {@code minAreaPer100Households} m² of
 * comprehensive service facilities (综合服务设施) per 100 households.
 * <p>
 * The area is the sum of the areas of the community's facilities of a kind in {@code facilityKinds}
 * (default {@code premises}, 配套用房, the premises as a whole) in use on the day judged (since then or
 * undated, of an organisation that still exists); the households are those living in the
 * community's dwellings ({@link CommunityFacts#households()}). The comparison is exact
 * ({@code area × 100 >= minimum × households}), so exactly the minimum passes. The document redacts
 * the figure (不低于*平方米); the default of 30 m² is the national planning figure for community
 * service facilities per 100 households, and a district sets its own. No households, or no
 * facility of those kinds with an area, give no verdict (MISSING_DATA). The figure shown is cut,
 * not rounded, to two decimals, so a failing area never shows as the minimum.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class ServiceFacilityArea extends BaseRule {
    static final String MIN = "minAreaPer100Households";
    static final String KINDS = "facilityKinds";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ServiceFacilityArea() {
        super("JZ-05", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("每百户居民拥有综合服务设施面积不低于规定标准", "Service facility area per 100 households at least the standard"),
                new Clause(Jingzhou.SOURCE, "不断加强社区阵地建设,确保每百户居民拥有综合服务设施面积不低于*平方米"),
                new Parameter(MIN, "30", Text.of("每百户最少综合服务设施面积(平方米;文件数字被隐去,默认取国家规划标准30)",
                        "Least service facility area per 100 households, m² (the document redacts it; the default is the national planning figure, 30)")),
                new Parameter(KINDS, "premises", Text.of("计入综合服务设施的设施类别(代码表 facility,逗号分隔)",
                        "Facility kinds counted as service facilities (codes of the list facility, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject subject = CommunityReadings.community(facts);
        String name = facts.community().getName();
        BigDecimal min = parameters.decimal(MIN);
        List<String> kinds = parameters.list(KINDS);
        LocalDate asOf = facts.asOf();
        long households = facts.households();
        List<Facility> counted = facts.facilities().stream()
                .filter(f -> kinds.contains(f.getKind()) && f.getArea() != null)
                .filter(f -> f.getSince() == null || !f.getSince().isAfter(asOf))
                .filter(f -> CommunityReadings.organisation(facts, f.getOrganisationId()).map(o -> CommunityReadings.active(o, asOf)).orElse(true))
                .toList();
        if (households <= 0) {
            return List.of(Outcome.missingData(subject, name + "未登记实际居住户数,无法计算每百户面积",
                    name + " has no households recorded, so the area per 100 households cannot be computed")
                    .fact("households", households).fact(MIN, CommunityReadings.plain(min)));
        }
        if (counted.isEmpty()) {
            return List.of(Outcome.missingData(subject, name + "未登记综合服务设施(" + CommunityReadings.list(kinds) + ")的面积",
                    name + " has no service facility area recorded (" + CommunityReadings.list(kinds) + ")")
                    .fact("households", households).fact(MIN, CommunityReadings.plain(min)));
        }
        BigDecimal area = counted.stream().map(Facility::getArea).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perHundred = area.multiply(HUNDRED).divide(BigDecimal.valueOf(households), 2, RoundingMode.DOWN);
        boolean passed = area.multiply(HUNDRED).compareTo(min.multiply(BigDecimal.valueOf(households))) >= 0;
        String zh = name + "综合服务设施" + CommunityReadings.plain(area) + "平方米," + households + "户,每百户"
                + CommunityReadings.plain(perHundred) + "平方米(标准不低于" + CommunityReadings.plain(min) + ")";
        String en = name + ": " + CommunityReadings.plain(area) + " m² of service facilities for " + households + " households, "
                + CommunityReadings.plain(perHundred) + " m² per 100 households (at least " + CommunityReadings.plain(min) + ")";
        return List.of(Outcome.when(passed, subject, Text.of(zh, en), Text.of(zh + ",未达标", en + ": below the standard"))
                .fact("area", CommunityReadings.plain(area))
                .fact("households", households)
                .fact("areaPer100Households", CommunityReadings.plain(perHundred))
                .fact(MIN, CommunityReadings.plain(min))
                .fact(KINDS, CommunityReadings.list(kinds)));
    }
}
