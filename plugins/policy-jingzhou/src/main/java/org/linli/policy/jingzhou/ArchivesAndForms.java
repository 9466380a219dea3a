package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.linli.staff.Worker;
import org.osgi.service.component.annotations.Component;

/**
 * JZ-06, 一居一档、一人一表: every community worker in post on the day judged has a complete
 * registration form (《社区专职工作者登记表》, {@link Worker#isRegistrationFormComplete()}), one
 * finding per worker; and the community keeps its archive (一居一档): a document of a kind in
 * {@code archiveKinds} (default {@code community-archive}) of one of its organisations, in force on the
 * day judged, one finding on the community.
 * <p>
 * Linli records the archive as a document, not its contents, so "complete" is read as "kept and in
 * force". With no worker in post the community finding is FAIL when the archive is missing, and
 * MISSING_DATA otherwise (一人一表 cannot be judged).
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class ArchivesAndForms extends BaseRule {
    static final String ARCHIVE_KINDS = "archiveKinds";

    public ArchivesAndForms() {
        super("JZ-06", RuleKind.CHECK, SubjectKind.WORKER,
                Text.of("社区工作者按“一居一档、一人一表”建档", "One archive per community, one registration form per worker"),
                new Clause(Jingzhou.SOURCE, "并制定《社区专职工作者登记表》,全区社区工作者按“一居一档、一人一表”要求建档规范,实现档案化管理"),
                new Parameter(ARCHIVE_KINDS, "community-archive", Text.of("算作社区档案(一居一档)的文件类别(代码表 document,逗号分隔)",
                        "Document kinds that count as the community archive (codes of the list document, comma-separated)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<String> kinds = parameters.list(ARCHIVE_KINDS);
        LocalDate asOf = facts.asOf();
        String community = facts.community().getName();
        List<Worker> workers = CommunityReadings.workersInPost(facts);
        List<Outcome> outcomes = new ArrayList<>();
        for (Worker worker : workers) {
            Subject subject = CommunityReadings.subject(worker);
            outcomes.add(Outcome.when(worker.isRegistrationFormComplete(), subject,
                    Text.of(worker.getName() + "的社区专职工作者登记表已填写完整", worker.getName() + "'s registration form is complete"),
                    Text.of(worker.getName() + "的社区专职工作者登记表未填写完整(一人一表)", worker.getName() + "'s registration form is not complete"))
                    .fact("registrationFormComplete", worker.isRegistrationFormComplete())
                    .fact("post", worker.getPost()));
        }
        Optional<Document> archive = facts.documents().stream()
                .filter(d -> kinds.contains(d.getKind()) && CommunityReadings.inForce(d, asOf))
                .max(Comparator.comparing(Document::getAdoptedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
        Subject subject = CommunityReadings.community(facts);
        String found = archive.map(d -> d.getTitle() + (d.getReference() == null ? "" : " " + d.getReference())).orElse("-");
        Outcome outcome;
        if (archive.isEmpty()) {
            outcome = Outcome.fail(subject, community + "在" + asOf + "没有社区档案(一居一档)",
                    community + " keeps no community archive on " + asOf);
        } else if (workers.isEmpty()) {
            outcome = Outcome.missingData(subject, community + "有社区档案" + found + ",但未登记在岗的社区工作者,无法核对一人一表",
                    community + " keeps its archive (" + found + ") but has no worker in post recorded, so the forms cannot be checked");
        } else {
            outcome = Outcome.pass(subject, community + "有社区档案:" + found, community + " keeps its archive: " + found);
        }
        outcomes.add(outcome.fact("archive", found)
                .fact("workersInPost", workers.size())
                .fact("formsIncomplete", workers.stream().filter(w -> !w.isRegistrationFormComplete()).count())
                .fact(ARCHIVE_KINDS, CommunityReadings.list(kinds)));
        return outcomes;
    }
}
