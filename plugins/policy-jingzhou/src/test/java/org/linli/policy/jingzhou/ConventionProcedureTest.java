package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.affairs.Convention;
import org.linli.affairs.ConventionStatus;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ConventionProcedureTest {
    private static final LocalDate DRAFTED = LocalDate.of(2025, 9, 1);

    private final ConventionProcedure rule = new ConventionProcedure();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    /** A convention at {@code status}, each stage up to it dated a month after the one before. */
    private Convention convention(ConventionStatus status) {
        Convention c = new Convention();
        c.setId(Fixtures.id());
        c.setOrganisationId(committee.getId());
        c.setTitle("武汉路社区居民公约");
        c.setVersion(2);
        c.setStatus(status);
        int stage = status.ordinal();
        c.setDraftedOn(DRAFTED);
        c.setConsultedOn(stage >= 1 ? DRAFTED.plusMonths(1) : null);
        c.setReviewedOn(stage >= 2 ? DRAFTED.plusMonths(2) : null);
        c.setAdoptedOn(stage >= 3 ? DRAFTED.plusMonths(3) : null);
        c.setPublishedOn(stage >= 4 ? DRAFTED.plusMonths(4) : null);
        facts.conventions.add(c);
        return c;
    }

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aPublishedConventionWithEveryStepDatedInOrderPasses() {
        Convention c = convention(ConventionStatus.PUBLISHED);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.RESIDENTS_COMMITTEE, outcome.subject().kind());
        assertEquals(committee.getId(), outcome.subject().id());
        assertEquals(String.valueOf(c.getId()), outcome.facts().get("conventionId"));
        assertEquals("PUBLISHED", outcome.facts().get("stageOnDay"));
    }

    @Test
    public void stepsOnTheSameDayAreInOrder() {
        Convention c = convention(ConventionStatus.REVIEWED);
        c.setConsultedOn(DRAFTED);
        c.setReviewedOn(DRAFTED);
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aConventionStillBeingDraftedPasses() {
        convention(ConventionStatus.DRAFT);
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aSkippedReviewFails() {
        Convention c = convention(ConventionStatus.ADOPTED);
        c.setReviewedOn(null);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().zh().contains("审核把关"));
        assertTrue(outcome.message().en().contains("reviewedOn"));
    }

    @Test
    public void aStageReachedWithoutItsDateFails() {
        Convention c = convention(ConventionStatus.CONSULTING);
        c.setConsultedOn(null);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void datesGoingBackFail() {
        Convention c = convention(ConventionStatus.PUBLISHED);
        c.setConsultedOn(DRAFTED.minusDays(1));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().en().contains("out of order"));
    }

    @Test
    public void aDateForAStageNotReachedFails() {
        Convention c = convention(ConventionStatus.CONSULTING);
        c.setAdoptedOn(DRAFTED.plusMonths(2));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aStageReachedAfterTheDayJudgedIsNotYetReached() {
        Convention c = convention(ConventionStatus.PUBLISHED);
        c.setPublishedOn(AS_OF.plusDays(10));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("ADOPTED", outcome.facts().get("stageOnDay"));
    }

    @Test
    public void aConventionDraftedAfterTheDayJudgedIsNotJudged() {
        Convention c = convention(ConventionStatus.DRAFT);
        c.setDraftedOn(AS_OF.plusDays(1));
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void everyVersionIsJudged() {
        convention(ConventionStatus.PUBLISHED);
        Convention next = convention(ConventionStatus.REVIEWED);
        next.setVersion(3);
        next.setConsultedOn(null);
        var outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals(2, outcomes.size());
        assertVerdict(Verdict.PASS, outcomes.get(0));
        assertVerdict(Verdict.FAIL, outcomes.get(1));
    }

    @Test
    public void withoutConventionsTheRuleDoesNotApply() {
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void withoutCommitteeDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void theRegisterEnforcesTheStepsSoTheRuleAddsNoHook() {
        assertEquals(0, rule.hooks().size());
        assertEquals(0, rule.parameters().size());
    }
}
