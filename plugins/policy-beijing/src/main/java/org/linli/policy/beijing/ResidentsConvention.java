package org.linli.policy.beijing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.linli.affairs.Convention;
import org.linli.organisations.Document;
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
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-12, 居民公约/村规民约: every residents' or village committee has a convention in force on the day
 * judged. Linli keeps conventions in two places, and either is enough:
 * <ul>
 * <li>a convention version of the committee at a stage in {@code statuses} (default adopted or
 * published, 审议通过/公布执行) adopted on or before the day judged;</li>
 * <li>a document of the committee of a kind in {@code documentKinds} (default
 * {@code residents-convention}) adopted by then and not revoked.</li>
 * </ul>
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class ResidentsConvention extends BaseRule {
    static final String STATUSES = "statuses";
    static final String DOCUMENT_KINDS = "documentKinds";

    public ResidentsConvention() {
        super("BJ-12", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("村、社区都有管用的村规民约(居民公约)", "Every community has a residents' convention in force"),
                new Clause(Beijing.SOURCE, "力争实现2020年底前全市所有村、社区都有“管用”的村规民约"),
                new Parameter(STATUSES, "ADOPTED,PUBLISHED", Text.of("视为生效的公约阶段(ADOPTED 审议通过, PUBLISHED 公布执行)",
                        "Convention stages counted as in force (ADOPTED, PUBLISHED)")),
                new Parameter(DOCUMENT_KINDS, "residents-convention", Text.of("视为公约的文件类别(代码表 document 的代码,逗号分隔)",
                        "Document kinds counted as a convention (codes of the list document, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记居(村)委会", facts.community().getName() + " has no residents' or village committee recorded"));
        }
        List<String> statuses = parameters.list(STATUSES);
        List<String> kinds = parameters.list(DOCUMENT_KINDS);
        LocalDate asOf = facts.asOf();
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Optional<Convention> convention = facts.conventions().stream()
                    .filter(c -> Objects.equals(c.getOrganisationId(), committee.getId()) && c.getStatus() != null
                            && statuses.contains(c.getStatus().name()) && c.getAdoptedOn() != null && !c.getAdoptedOn().isAfter(asOf))
                    .max((a, b) -> a.getAdoptedOn().compareTo(b.getAdoptedOn()));
            Optional<Document> document = facts.documents().stream()
                    .filter(d -> Objects.equals(d.getOrganisationId(), committee.getId()) && kinds.contains(d.getKind())
                            && d.getAdoptedOn() != null && !d.getAdoptedOn().isAfter(asOf)
                            && (d.getRevokedOn() == null || d.getRevokedOn().isAfter(asOf)))
                    .max((a, b) -> a.getAdoptedOn().compareTo(b.getAdoptedOn()));
            String name = committee.getName();
            String found = convention.map(c -> c.getTitle() + " v" + c.getVersion() + " " + c.getStatus() + " " + c.getAdoptedOn())
                    .or(() -> document.map(d -> d.getTitle() + " " + d.getAdoptedOn())).orElse("-");
            outcomes.add(Outcome.when(convention.isPresent() || document.isPresent(),
                    CommunityReadings.subject(SubjectKind.RESIDENTS_COMMITTEE, committee),
                    Text.of(name + "有生效的居民公约:" + found, name + " has a convention in force: " + found),
                    Text.of(name + "在" + asOf + "没有生效的居民公约(村规民约)", name + " has no convention in force on " + asOf))
                    .fact("convention", found)
                    .fact("conventionVersions", facts.conventions().stream()
                            .filter(c -> Objects.equals(c.getOrganisationId(), committee.getId())).count())
                    .fact(STATUSES, String.join(",", statuses))
                    .fact(DOCUMENT_KINDS, String.join(",", kinds)));
        }
        return outcomes;
    }
}
