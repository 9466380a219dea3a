package org.linli.policy.dongying;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linli.organisations.Document;
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
 * DY-09, 社区职责清单与规范出具证明: a community issues only the certificates on the approved list, and
 * its duties follow the community duty list.
 * <p>
 * What is checked: the community keeps both lists on file, a document of each kind of
 * {@code documentKinds} (code list document; by default {@code certificate-list}, 社区出具证明事项清单,
 * and {@code duty-list}, 社区职责清单) of any of its organisations, in force on the day judged. The
 * community fails naming the lists it lacks; no document recorded at all gives MISSING_DATA.
 * <p>
 * What is not checked: which certificates (证明) the community actually issues, and which duties it
 * actually takes on. Linli records no certificate a community issues to a resident (the staff
 * register's certificates are workers' qualifications, 职业资格证书, not proofs issued), and no duty
 * assigned to it, so a certificate or duty off the lists cannot be seen.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class CertificatesAndDuties extends BaseRule {
    static final String KINDS = "documentKinds";

    public CertificatesAndDuties() {
        super("DY-09", RuleKind.CHECK, SubjectKind.COMMUNITY,
                Text.of("社区备有出具证明事项清单和社区职责清单", "The community keeps its approved certificates list and its duty list"),
                new Clause(Dongying.SOURCE_SERVICES, "完善社区职责清单,落实社区工作准入制度,规范基层群众性自治组织出具证明"),
                new Parameter(KINDS, "certificate-list,duty-list",
                        Text.of("须在案的清单文件种类(代码表 document 的代码,逗号分隔)",
                                "Document kinds of the lists to keep (codes of the list document, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        Subject community = CommunityReadings.community(facts);
        String name = GridRecords.name(facts);
        if (facts.documents().isEmpty()) {
            return List.of(Outcome.missingData(community, name + "未登记任何文件", name + " has no document recorded").fact("documents", 0));
        }
        List<String> kinds = parameters.list(KINDS);
        List<String> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String kind : kinds) {
            List<Document> inForce = GridRecords.inForce(facts, kind);
            if (inForce.isEmpty()) {
                missing.add(kind);
            } else {
                kept.add(kind + " " + Objects.toString(inForce.get(0).getAdoptedOn(), "?"));
            }
        }
        return List.of(Outcome.when(missing.isEmpty(), community,
                        Text.of(name + "备有清单:" + GridRecords.list(kept), name + " keeps the lists " + GridRecords.list(kept)),
                        Text.of(name + "缺少有效的清单:" + GridRecords.list(missing), name + " has no list in force of " + GridRecords.list(missing)))
                .fact("kept", GridRecords.list(kept))
                .fact("missing", GridRecords.list(missing))
                .fact(KINDS, GridRecords.list(kinds)));
    }
}
