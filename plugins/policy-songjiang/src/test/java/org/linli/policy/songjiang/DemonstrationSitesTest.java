package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.organisations.Inspection;
import org.linli.organisations.Organisation;
import org.linli.policy.songjiang.DemonstrationSites.Refusal;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class DemonstrationSitesTest {
    private static final org.linli.organisations.Verdict PASSED = org.linli.organisations.Verdict.PASSED;
    private static final org.linli.organisations.Verdict FAILED = org.linli.organisations.Verdict.FAILED;
    private static final org.linli.organisations.Verdict RECTIFY = org.linli.organisations.Verdict.RECTIFY;
    private static final List<String> TITLES = List.of("区级示范点", "街道级示范点");
    private static final LocalDate AUDITED = LocalDate.of(2018, 9, 1);
    private static final LocalDate ACCEPTED = LocalDate.of(2018, 12, 10);

    private final DemonstrationSites rule = new DemonstrationSites();
    private final TestFacts facts = Fixtures.facts();
    private final Organisation rc = Fixtures.committee(facts, "中山居委会");

    private Inspection audit(org.linli.organisations.Verdict verdict, LocalDate on) {
        return Fixtures.inspection(rc, DemonstrationSites.AUDIT, on, verdict, null);
    }

    private Inspection acceptance(org.linli.organisations.Verdict verdict, String title) {
        return Fixtures.inspection(rc, DemonstrationSites.ACCEPTANCE, ACCEPTED, verdict, title);
    }

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    // the hook's decision

    @Test
    public void aPassedAcceptanceWithAListedTitleAfterAPassedAuditIsAllowed() {
        assertEquals(List.of(), DemonstrationSites.review(acceptance(PASSED, "区级示范点"), List.of(audit(PASSED, AUDITED)), TITLES));
        assertEquals(List.of(), DemonstrationSites.review(acceptance(PASSED, "街道级示范点"), List.of(audit(PASSED, AUDITED)), TITLES));
    }

    @Test
    public void aTitleNotInTheListIsRefused() {
        List<Refusal> refusals = DemonstrationSites.review(acceptance(PASSED, "city-level"), List.of(audit(PASSED, AUDITED)), TITLES);
        assertEquals(List.of("unknown_title"), codes(refusals));
        assertEquals("awardedTitle", refusals.get(0).field());
    }

    @Test
    public void theTitlesParameterDecides() {
        assertEquals(List.of("unknown_title"), codes(DemonstrationSites.review(acceptance(PASSED, "街道级示范点"),
                List.of(audit(PASSED, AUDITED)), List.of("区级示范点"))));
    }

    @Test
    public void aTitleWithoutAPassedVerdictIsRefused() {
        assertEquals(List.of("not_passed"), codes(DemonstrationSites.review(acceptance(FAILED, "街道级示范点"), List.of(audit(PASSED, AUDITED)), TITLES)));
        assertEquals(List.of("not_passed"), codes(DemonstrationSites.review(acceptance(RECTIFY, "街道级示范点"), List.of(audit(PASSED, AUDITED)), TITLES)));
    }

    @Test
    public void aPassedAcceptanceWithoutTitleIsRefused() {
        assertEquals(List.of("required"), codes(DemonstrationSites.review(acceptance(PASSED, " "), List.of(audit(PASSED, AUDITED)), TITLES)));
    }

    @Test
    public void aFailedAcceptanceWithoutTitleIsAllowed() {
        assertEquals(List.of(), DemonstrationSites.review(acceptance(FAILED, null), List.of(audit(PASSED, AUDITED)), TITLES));
    }

    @Test
    public void anAcceptanceWithoutAPassedAuditIsRefused() {
        assertEquals(List.of("no_audit"), codes(DemonstrationSites.review(acceptance(PASSED, "区级示范点"), List.of(), TITLES)));
        assertEquals(List.of("no_audit"), codes(DemonstrationSites.review(acceptance(PASSED, "区级示范点"), List.of(audit(RECTIFY, AUDITED)), TITLES)));
    }

    @Test
    public void anAuditAfterTheAcceptanceDoesNotCount() {
        assertEquals(List.of("no_audit"), codes(DemonstrationSites.review(acceptance(PASSED, "区级示范点"),
                List.of(audit(PASSED, ACCEPTED.plusDays(1))), TITLES)));
    }

    @Test
    public void anotherCommitteesAuditDoesNotCount() {
        Organisation other = Fixtures.committee(facts, "其他居委会");
        Inspection otherAudit = Fixtures.inspection(other, DemonstrationSites.AUDIT, AUDITED, PASSED, null);
        assertEquals(List.of("no_audit"), codes(DemonstrationSites.review(acceptance(PASSED, "区级示范点"), List.of(otherAudit), TITLES)));
    }

    @Test
    public void otherInspectionsAreLeftAlone() {
        Inspection rating = Fixtures.inspection(rc, "star-rating-street", ACCEPTED, PASSED, "四星");
        assertEquals(List.of(), DemonstrationSites.review(rating, List.of(), TITLES));
    }

    @Test
    public void emptyFieldsAreLeftToTheCore() {
        Inspection bare = new Inspection();
        bare.setKind(DemonstrationSites.ACCEPTANCE);
        assertEquals(List.of(), DemonstrationSites.review(bare, List.of(), TITLES));
        assertEquals(List.of(), DemonstrationSites.review(null, List.of(), TITLES));
        Inspection undated = acceptance(PASSED, "区级示范点");
        undated.setInspectedOn(null);
        assertEquals(List.of(), DemonstrationSites.review(undated, List.of(audit(PASSED, AUDITED)), TITLES));
    }

    @Test
    public void theHookReviewsInspections() {
        List<RecordHook<?>> hooks = rule.hooks();
        assertEquals(1, hooks.size());
        assertEquals(Inspection.class, hooks.get(0).recordClass());
    }

    // the evaluation

    private Outcome judge(TestParameters p) {
        return Fixtures.only(rule.evaluate(facts, p));
    }

    @Test
    public void anAcceptedSitePasses() {
        facts.inspections.add(audit(PASSED, AUDITED));
        facts.inspections.add(acceptance(PASSED, "区级示范点"));
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("accepted", outcome.facts().get("status"));
        assertEquals("区级示范点", outcome.facts().get("awardedTitle"));
    }

    @Test
    public void aFailedAcceptanceFails() {
        facts.inspections.add(audit(PASSED, AUDITED));
        facts.inspections.add(acceptance(FAILED, null));
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("not-accepted", outcome.facts().get("status"));
    }

    @Test
    public void aStoredTitleTheDistrictNoLongerAwardsFails() {
        facts.inspections.add(audit(PASSED, AUDITED));
        facts.inspections.add(acceptance(PASSED, "街道级示范点"));
        assertEquals(Verdict.PASS, judge(new TestParameters(rule)).verdict());
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule).with("titles", "区级示范点")).verdict());
    }

    @Test
    public void anAcceptanceStoredWithoutAuditFails() {
        facts.inspections.add(acceptance(PASSED, "街道级示范点"));
        assertEquals(Verdict.FAIL, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void theLatestAcceptanceCounts() {
        facts.inspections.add(audit(PASSED, AUDITED));
        facts.inspections.add(acceptance(FAILED, null));
        Inspection second = acceptance(PASSED, "街道级示范点");
        second.setInspectedOn(LocalDate.of(2019, 5, 20));
        facts.inspections.add(second);
        assertEquals(Verdict.PASS, judge(new TestParameters(rule)).verdict());
    }

    @Test
    public void anAuditedCommitteeIsACandidate() {
        facts.inspections.add(audit(PASSED, AUDITED));
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("candidate", outcome.facts().get("status"));
    }

    @Test
    public void aCommitteeNeverAuditedIsNotACandidate() {
        Outcome outcome = judge(new TestParameters(rule));
        assertEquals(Verdict.NOT_APPLICABLE, outcome.verdict());
        assertEquals("not-candidate", outcome.facts().get("status"));
    }

    @Test
    public void anAcceptanceAfterTheDayJudgedIsNotYetThere() {
        facts.inspections.add(audit(PASSED, AUDITED));
        Inspection later = acceptance(PASSED, "区级示范点");
        later.setInspectedOn(Fixtures.AS_OF.plusDays(1));
        facts.inspections.add(later);
        assertEquals("candidate", judge(new TestParameters(rule)).facts().get("status"));
    }

    @Test
    public void noCommitteeIsMissingData() {
        TestFacts empty = Fixtures.facts();
        Outcome outcome = Fixtures.only(rule.evaluate(empty, new TestParameters(rule)));
        assertEquals(Verdict.MISSING_DATA, outcome.verdict());
        assertTrue(outcome.message().en().contains("no residents' committee"));
    }
}
