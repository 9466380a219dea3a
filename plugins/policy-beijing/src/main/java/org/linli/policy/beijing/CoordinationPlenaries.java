package org.linli.policy.beijing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linli.organisations.Meeting;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
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
 * BJ-07, 党建工作协调委员会全体会议: each party-building coordination committee holds at least two
 * plenary meetings (meeting type {@code plenary}) a year, counted in the calendar year of the day
 * judged, up to that day. Judged before the year is out, a committee that has not yet met twice
 * fails with "so far" in the facts ({@code yearComplete = false}), since the findings are a
 * reminder as much as a verdict.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class CoordinationPlenaries extends BaseRule {
    static final String MIN = "minPlenaryMeetings";
    static final String PLENARY = "plenary";

    public CoordinationPlenaries() {
        super("BJ-07", RuleKind.CHECK, SubjectKind.ORGANISATION,
                Text.of("党建工作协调委员会每年至少召开两次全体会议",
                        "The party-building coordination committee holds at least two plenary meetings a year"),
                new Clause(Beijing.SOURCE, "制定党建工作协调委员会议事规则,建立联络员制度,每年至少召开两次全体会议"),
                new Parameter(MIN, "2", Text.of("每年至少召开的全体会议次数", "Fewest plenary meetings a year")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.organisations(facts, OrganisationKind.COORDINATION_COMMITTEE);
        if (committees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记党建工作协调委员会",
                    facts.community().getName() + " has no party-building coordination committee recorded"));
        }
        int min = parameters.integer(MIN);
        LocalDate asOf = facts.asOf();
        LocalDate from = asOf.withDayOfYear(1);
        boolean yearComplete = asOf.equals(asOf.withDayOfYear(asOf.lengthOfYear()));
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            List<Meeting> plenaries = facts.meetings().stream()
                    .filter(m -> Objects.equals(m.getOrganisationId(), committee.getId()) && PLENARY.equals(m.getType())
                            && m.getHeldOn() != null && !m.getHeldOn().isBefore(from) && !m.getHeldOn().isAfter(asOf))
                    .toList();
            int count = plenaries.size();
            Subject subject = CommunityReadings.subject(SubjectKind.ORGANISATION, committee);
            String name = committee.getName();
            int year = asOf.getYear();
            outcomes.add(Outcome.when(count >= min, subject,
                    Text.of(name + year + "年已召开全体会议" + count + "次,不少于" + min + "次",
                            name + " has held " + count + " plenary meetings in " + year + ", at least " + min),
                    Text.of(name + year + "年截至" + asOf + "只召开全体会议" + count + "次,每年应不少于" + min + "次",
                            name + " has held only " + count + " plenary meetings in " + year + " up to " + asOf + " where at least " + min + " a year are required"))
                    .fact("year", year)
                    .fact("from", from)
                    .fact("to", asOf)
                    .fact("yearComplete", yearComplete)
                    .fact("plenaryMeetings", count)
                    .fact("heldOn", plenaries.stream().map(m -> String.valueOf(m.getHeldOn())).toList())
                    .fact(MIN, min));
        }
        return outcomes;
    }
}
