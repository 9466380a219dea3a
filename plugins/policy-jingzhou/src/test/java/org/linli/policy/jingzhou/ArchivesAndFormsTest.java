package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.of;
import static org.linli.policy.jingzhou.Fixtures.ofKind;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.organisations.Document;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

public class ArchivesAndFormsTest {
    private final ArchivesAndForms rule = new ArchivesAndForms();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    private Document document(String kind) {
        Document d = new Document();
        d.setId(Fixtures.id());
        d.setOrganisationId(committee.getId());
        d.setKind(kind);
        d.setTitle("武汉路社区档案");
        d.setAdoptedOn(LocalDate.of(2022, 1, 10));
        d.setReference("JZ-WHL-001");
        facts.documents.add(d);
        return d;
    }

    private List<Outcome> judge() {
        return rule.evaluate(facts, new TestParameters(rule));
    }

    @Test
    public void completeFormsAndAnArchivePass() {
        Worker a = Fixtures.worker(facts, "张敏");
        Worker b = Fixtures.worker(facts, "李强");
        document("community-archive");
        List<Outcome> outcomes = judge();
        assertEquals(3, outcomes.size());
        assertVerdict(Verdict.PASS, of(outcomes, a.getId()));
        assertVerdict(Verdict.PASS, of(outcomes, b.getId()));
        assertEquals(SubjectKind.WORKER, of(outcomes, a.getId()).subject().kind());
        assertVerdict(Verdict.PASS, ofKind(outcomes, SubjectKind.COMMUNITY));
    }

    @Test
    public void anIncompleteFormFailsTheWorker() {
        Worker a = Fixtures.worker(facts, "张敏");
        Worker b = Fixtures.worker(facts, "李强");
        b.setRegistrationFormComplete(false);
        document("community-archive");
        List<Outcome> outcomes = judge();
        assertVerdict(Verdict.PASS, of(outcomes, a.getId()));
        assertVerdict(Verdict.FAIL, of(outcomes, b.getId()));
        assertEquals("1", ofKind(outcomes, SubjectKind.COMMUNITY).facts().get("formsIncomplete"));
    }

    @Test
    public void workersNotInPostAreNotJudged() {
        Worker left = Fixtures.worker(facts, "王芳");
        left.setRegistrationFormComplete(false);
        left.setStatus(WorkerStatus.RESIGNED);
        left.setLeftOn(AS_OF.minusDays(10));
        Worker seconded = Fixtures.worker(facts, "赵磊");
        seconded.setRegistrationFormComplete(false);
        seconded.setStatus(WorkerStatus.SECONDED);
        Fixtures.worker(facts, "张敏");
        document("community-archive");
        assertEquals(2, judge().size());
    }

    @Test
    public void withoutAnArchiveTheCommunityFails() {
        Fixtures.worker(facts, "张敏");
        document("rules-meeting");
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.COMMUNITY));
    }

    @Test
    public void aRevokedArchiveIsNotInForce() {
        Fixtures.worker(facts, "张敏");
        document("community-archive").setRevokedOn(AS_OF);
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.COMMUNITY));
    }

    @Test
    public void anArchiveOpenedAfterTheDayJudgedIsNotYetKept() {
        Fixtures.worker(facts, "张敏");
        document("community-archive").setAdoptedOn(AS_OF.plusDays(1));
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.COMMUNITY));
    }

    @Test
    public void aDistrictMayNameOtherArchiveKinds() {
        Fixtures.worker(facts, "张敏");
        document("other-rules");
        assertVerdict(Verdict.FAIL, ofKind(judge(), SubjectKind.COMMUNITY));
        assertVerdict(Verdict.PASS, ofKind(rule.evaluate(facts, new TestParameters(rule).with(ArchivesAndForms.ARCHIVE_KINDS,
                "community-archive,other-rules")), SubjectKind.COMMUNITY));
    }

    @Test
    public void withoutWorkersTheFormsAreMissingData() {
        document("community-archive");
        Outcome outcome = Fixtures.only(judge());
        assertVerdict(Verdict.MISSING_DATA, outcome);
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
    }

    @Test
    public void withoutWorkersOrArchiveTheArchiveStillFails() {
        assertVerdict(Verdict.FAIL, Fixtures.only(rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule))));
    }
}
