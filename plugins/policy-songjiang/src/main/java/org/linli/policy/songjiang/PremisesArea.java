package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linli.organisations.Facility;
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
 * SJ-03 居委会配套用房: a residents' committee's premises (配套用房) are at least 640 m², its
 * open-plan office (敞开式办公区域) at least 30 m². The premises are the facilities of kind
 * {@code premises} in use on the day judged, their areas added (a committee may use more than one
 * site); the open-plan office likewise from kind {@code open-office}. Premises not recorded, or
 * recorded without an area, give no verdict; premises recorded with no open-plan office fail, as
 * the committee then has none.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class PremisesArea extends BaseRule {
    static final String MIN_PREMISES = "minPremisesArea";
    static final String MIN_OPEN_OFFICE = "minOpenOfficeArea";
    static final String PREMISES = "premises";
    static final String OPEN_OFFICE = "open-office";

    public PremisesArea() {
        super("SJ-03", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会配套用房不少于640平方米,敞开式办公区域不少于30平方米",
                        "Committee premises at least 640 m², open-plan office at least 30 m²"),
                new Clause(Songjiang.SOURCE, "确保居委会配套用房不少于 640 平方米,敞开式办公区域面积一般不少于 30 平方米"),
                new Parameter(MIN_PREMISES, "640", Text.of("配套用房最小面积(平方米)", "Least premises area, m²")),
                new Parameter(MIN_OPEN_OFFICE, "30", Text.of("敞开式办公区域最小面积(平方米)", "Least open-plan office area, m²")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        BigDecimal minPremises = p.decimal(MIN_PREMISES);
        BigDecimal minOpen = p.decimal(MIN_OPEN_OFFICE);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            List<Facility> facilities = Records.facilities(facts, committee.getId());
            BigDecimal premises = area(facilities, PREMISES);
            BigDecimal open = area(facilities, OPEN_OFFICE);
            boolean openRecorded = facilities.stream().anyMatch(f -> OPEN_OFFICE.equals(f.getKind()));
            if (premises == null) {
                outcomes.add(Outcome.missingData(subject,
                        "居委会" + committee.getName() + "未登记配套用房面积",
                        "Residents' committee " + committee.getName() + " has no premises area recorded")
                        .fact("minPremisesArea", Records.plain(minPremises)));
                continue;
            }
            if (openRecorded && open == null) {
                outcomes.add(Outcome.missingData(subject,
                        "居委会" + committee.getName() + "登记了敞开式办公区域,但未登记其面积",
                        "Residents' committee " + committee.getName() + " records an open-plan office without its area")
                        .fact("premisesArea", Records.plain(premises)).fact("minOpenOfficeArea", Records.plain(minOpen)));
                continue;
            }
            BigDecimal openArea = open == null ? BigDecimal.ZERO : open;
            boolean premisesOk = premises.compareTo(minPremises) >= 0;
            boolean openOk = openArea.compareTo(minOpen) >= 0;
            String zh = "居委会" + committee.getName() + "配套用房" + Records.plain(premises) + "平方米(标准" + Records.plain(minPremises)
                    + "),敞开式办公区域" + (openRecorded ? Records.plain(openArea) + "平方米" : "未设置") + "(标准" + Records.plain(minOpen) + ")";
            String en = "Residents' committee " + committee.getName() + ": premises " + Records.plain(premises) + " m² (at least "
                    + Records.plain(minPremises) + "), open-plan office " + (openRecorded ? Records.plain(openArea) + " m²" : "none")
                    + " (at least " + Records.plain(minOpen) + ")";
            outcomes.add(Outcome.when(premisesOk && openOk, subject, Text.of(zh, en), Text.of(zh + ",不达标", en + ": below the standard"))
                    .fact("premisesArea", Records.plain(premises)).fact("minPremisesArea", Records.plain(minPremises))
                    .fact("openOfficeArea", Records.plain(openArea)).fact("openOfficeRecorded", openRecorded)
                    .fact("minOpenOfficeArea", Records.plain(minOpen)));
        }
        return outcomes;
    }

    /** The summed area of the facilities of one kind, or {@code null} when none of them has an area. */
    private static BigDecimal area(List<Facility> facilities, String kind) {
        return facilities.stream().filter(f -> kind.equals(f.getKind())).map(Facility::getArea).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }
}
