package org.linli.policy.beijing;

import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.affairs.Convention;
import org.linli.affairs.ConventionStatus;
import org.linli.organisations.Document;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ResidentsConventionTest {
    private final ResidentsConvention rule = new ResidentsConvention();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    private Convention convention(Organisation organisation, ConventionStatus status, LocalDate adoptedOn) {
        Convention c = new Convention();
        c.setId(Fixtures.id());
        c.setOrganisationId(organisation.getId());
        c.setTitle("居民公约");
        c.setVersion(1);
        c.setStatus(status);
        c.setAdoptedOn(adoptedOn);
        facts.conventions.add(c);
        return c;
    }

    private Document document(String kind, LocalDate adoptedOn, LocalDate revokedOn) {
        Document d = new Document();
        d.setId(Fixtures.id());
        d.setOrganisationId(committee.getId());
        d.setKind(kind);
        d.setTitle("居民公约");
        d.setAdoptedOn(adoptedOn);
        d.setRevokedOn(revokedOn);
        facts.documents.add(d);
        return d;
    }

    private Outcome evaluate() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aPublishedConventionPasses() {
        convention(committee, ConventionStatus.PUBLISHED, LocalDate.of(2020, 10, 1));
        assertVerdict(Verdict.PASS, evaluate());
    }

    @Test
    public void aDraftFails() {
        convention(committee, ConventionStatus.CONSULTING, null);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void noConventionFails() {
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void aConventionAdoptedAfterTheDayJudgedFails() {
        convention(committee, ConventionStatus.ADOPTED, AS_OF.plusDays(1));
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void anotherCommitteesConventionDoesNotCount() {
        Organisation village = Fixtures.organisation(facts, OrganisationKind.VILLAGE_COMMITTEE, "某村委会", null, null);
        convention(village, ConventionStatus.PUBLISHED, LocalDate.of(2020, 10, 1));
        var outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertVerdict(Verdict.FAIL, Fixtures.of(outcomes, committee.getId()));
        assertVerdict(Verdict.PASS, Fixtures.of(outcomes, village.getId()));
    }

    @Test
    public void aConventionDocumentInForcePasses() {
        document("residents-convention", LocalDate.of(2019, 5, 1), null);
        assertVerdict(Verdict.PASS, evaluate());
    }

    @Test
    public void aRevokedDocumentFails() {
        document("residents-convention", LocalDate.of(2019, 5, 1), AS_OF.minusDays(3));
        document("autonomy-charter", LocalDate.of(2019, 5, 1), null);
        assertVerdict(Verdict.FAIL, evaluate());
    }

    @Test
    public void aDistrictMayRequirePublication() {
        convention(committee, ConventionStatus.ADOPTED, LocalDate.of(2020, 10, 1));
        assertVerdict(Verdict.PASS, evaluate());
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule).with(ResidentsConvention.STATUSES, "PUBLISHED"))));
    }

    @Test
    public void withoutACommitteeDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
