package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldError;
import org.linli.organisations.Inspection;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.policy.testkit.TestWrites;

public class StarRatingTest {
    private static final org.linli.organisations.Verdict PASSED = org.linli.organisations.Verdict.PASSED;
    private static final org.linli.organisations.Verdict FAILED = org.linli.organisations.Verdict.FAILED;
    private static final String COMMUNITY = "star-rating-community";
    private static final String STREET = "star-rating-street";
    private static final String DISTRICT = "star-rating-district";
    private static final List<String> STEPS = List.of(COMMUNITY, STREET, DISTRICT);
    private static final List<String> STARS = List.of("三星", "四星", "五星");
    private static final LocalDate RECOMMENDED = LocalDate.of(2025, 3, 1);
    private static final LocalDate FIRST_REVIEW = LocalDate.of(2025, 4, 1);
    private static final LocalDate REVIEWED = LocalDate.of(2025, 5, 1);

    private final StarRating rule = new StarRating();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation team = Fixtures.organisation(facts, OrganisationKind.SOCIAL_ORGANISATION, "夕阳红志愿服务队", "volunteer");

    private Inspection step(String kind, LocalDate on, org.linli.organisations.Verdict verdict) {
        return Fixtures.inspection(facts, team, kind, on, verdict);
    }

    private Inspection district(org.linli.organisations.Verdict verdict, String stars) {
        Inspection i = step(DISTRICT, REVIEWED, verdict);
        i.setAwardedTitle(stars);
        return i;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void theThreeStepsInOrderRateTheOrganisation() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, FIRST_REVIEW, PASSED);
        district(PASSED, "四星");
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.ORGANISATION, outcome.subject().kind());
        assertEquals(team.getId(), outcome.subject().id());
        assertEquals("rated", outcome.facts().get("status"));
        assertEquals("四星", outcome.facts().get("stars"));
    }

    @Test
    public void theFindingCountsTheTalentsWhoLeadTheOrganisation() {
        talent(LocalDate.of(2024, 5, 1), null);
        talent(LocalDate.of(2024, 5, 1), AS_OF);
        talent(AS_OF.plusDays(1), null);
        assertEquals("1", judge().facts().get("talents"));
    }

    private void talent(LocalDate registeredOn, LocalDate leftOn) {
        org.linli.organisations.Talent t = new org.linli.organisations.Talent();
        t.setId(Fixtures.id());
        t.setCommunityId(facts.community().getId());
        t.setPersonName("能人" + t.getId());
        t.setSkills("组织文艺活动");
        t.setRegisteredOn(registeredOn);
        t.setLeftOn(leftOn);
        t.setOrganisationId(team.getId());
        facts.talents.add(t);
    }

    @Test
    public void stepsOnTheSameDayAreInOrder() {
        step(COMMUNITY, REVIEWED, PASSED);
        step(STREET, REVIEWED, PASSED);
        district(PASSED, "三星");
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aDistrictReviewWithoutStreetReviewFails() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        district(PASSED, "五星");
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().en().contains(STREET));
    }

    @Test
    public void aStreetReviewWithoutRecommendationFails() {
        step(STREET, FIRST_REVIEW, PASSED);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aRecommendationAfterTheStreetReviewFails() {
        step(COMMUNITY, FIRST_REVIEW.plusDays(1), PASSED);
        step(STREET, FIRST_REVIEW, PASSED);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aRecommendationThatDidNotPassOpensNoStreetReview() {
        step(COMMUNITY, RECOMMENDED, FAILED);
        step(STREET, FIRST_REVIEW, PASSED);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aRatingUnderWayKeepsTheSteps() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, FIRST_REVIEW, PASSED);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("in-progress", outcome.facts().get("status"));
    }

    @Test
    public void aRatingNotAwardedKeptTheSteps() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, FIRST_REVIEW, PASSED);
        district(FAILED, null);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("not-awarded", outcome.facts().get("status"));
    }

    @Test
    public void aPassedDistrictReviewNamesTheStars() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, FIRST_REVIEW, PASSED);
        Inspection d = district(PASSED, null);
        assertVerdict(Verdict.FAIL, judge());
        d.setAwardedTitle("六星");
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(StarRating.STARS, "三星,四星,五星,六星")));
    }

    @Test
    public void stepsAfterTheDayJudgedAreNotYetMade() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, AS_OF.plusDays(1), PASSED);
        assertEquals(COMMUNITY, judge().facts().get("latestStep"));
    }

    @Test
    public void anOrganisationNeverRatedIsNotApplicable() {
        Outcome outcome = judge();
        assertVerdict(Verdict.NOT_APPLICABLE, outcome);
        assertEquals("not-rated", outcome.facts().get("status"));
    }

    @Test
    public void onlyThreeSelfOrganisationsAreJudgedUnlessTheDistrictSaysSo() {
        team.setTypeCode("charity");
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
        assertVerdict(Verdict.NOT_APPLICABLE, judge(new TestParameters(rule).with(StarRating.TYPE_CODES, "self-governing,recreational,volunteer,charity")));
    }

    @Test
    public void withoutThreeSelfOrganisationsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    // the hook's decision

    private Inspection unsaved(String kind, LocalDate on, org.linli.organisations.Verdict verdict, String title) {
        Inspection i = new Inspection();
        i.setOrganisationId(team.getId());
        i.setKind(kind);
        i.setInspectedOn(on);
        i.setInspector("区社区办");
        i.setVerdict(verdict);
        i.setAwardedTitle(title);
        return i;
    }

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    @Test
    public void theDecision() {
        Inspection recommended = step(COMMUNITY, RECOMMENDED, PASSED);
        Inspection firstReview = step(STREET, FIRST_REVIEW, PASSED);
        List<Inspection> stored = List.of(recommended, firstReview);
        assertEquals(List.of(), StarRating.review(unsaved(COMMUNITY, RECOMMENDED, PASSED, null), List.of(), STEPS, STARS));
        assertEquals(List.of(), StarRating.review(unsaved(STREET, FIRST_REVIEW, PASSED, null), stored, STEPS, STARS));
        assertEquals(List.of(), StarRating.review(unsaved(DISTRICT, REVIEWED, PASSED, "五星"), stored, STEPS, STARS));
        assertEquals(List.of(), StarRating.review(unsaved(DISTRICT, REVIEWED, FAILED, null), stored, STEPS, STARS));
        assertEquals(List.of("step_skipped"), codes(StarRating.review(unsaved(STREET, FIRST_REVIEW, PASSED, null), List.of(), STEPS, STARS)));
        assertEquals(List.of("step_skipped"), codes(StarRating.review(unsaved(DISTRICT, REVIEWED, FAILED, null), List.of(recommended), STEPS, STARS)));
        assertEquals(List.of("step_skipped"), codes(StarRating.review(unsaved(STREET, RECOMMENDED.minusDays(1), PASSED, null), stored, STEPS, STARS)));
        assertEquals(List.of("required"), codes(StarRating.review(unsaved(DISTRICT, REVIEWED, PASSED, " "), stored, STEPS, STARS)));
        assertEquals(List.of("unknown_title"), codes(StarRating.review(unsaved(DISTRICT, REVIEWED, PASSED, "六星"), stored, STEPS, STARS)));
        assertEquals(List.of(), StarRating.review(unsaved("normalisation-audit", REVIEWED, PASSED, null), List.of(), STEPS, STARS));
    }

    @Test
    public void anotherOrganisationsStepsDoNotCount() {
        Organisation other = Fixtures.organisation(facts, OrganisationKind.SOCIAL_ORGANISATION, "广场舞队", "recreational");
        Inspection theirs = Fixtures.inspection(facts, other, COMMUNITY, RECOMMENDED, PASSED);
        assertEquals(List.of("step_skipped"), codes(StarRating.review(unsaved(STREET, FIRST_REVIEW, PASSED, null), List.of(theirs), STEPS, STARS)));
    }

    // the hook

    @SuppressWarnings("unchecked")
    private RecordHook<Inspection> hook() {
        assertEquals(1, rule.hooks().size());
        RecordHook<?> hook = rule.hooks().get(0);
        assertEquals(Inspection.class, hook.recordClass());
        return (RecordHook<Inspection>) hook;
    }

    private List<FieldError> write(Inspection record) {
        TestWrites.Write<Inspection> write = TestWrites.write("inspection", record, null);
        hook().review(write.write(), facts, new TestParameters(rule));
        return write.refusals();
    }

    @Test
    public void theHookRefusesAStreetReviewWithoutRecommendation() {
        List<FieldError> refusals = write(unsaved(STREET, FIRST_REVIEW, PASSED, null));
        assertEquals(1, refusals.size());
        assertEquals("kind", refusals.get(0).field());
        assertEquals("step_skipped", refusals.get(0).code());
        assertTrue(refusals.get(0).message().contains(COMMUNITY));
    }

    @Test
    public void theHookRefusesADistrictReviewWithoutAPassedStreetReview() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, FIRST_REVIEW, FAILED);
        List<FieldError> refusals = write(unsaved(DISTRICT, REVIEWED, PASSED, "三星"));
        assertEquals(1, refusals.size());
        assertEquals("step_skipped", refusals.get(0).code());
        assertTrue(refusals.get(0).message().contains(STREET));
    }

    @Test
    public void theHookLetsTheStepsInOrderThrough() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        assertEquals(List.of(), write(unsaved(STREET, FIRST_REVIEW, PASSED, null)));
        step(STREET, FIRST_REVIEW, PASSED);
        assertEquals(List.of(), write(unsaved(DISTRICT, REVIEWED, PASSED, "五星")));
    }

    @Test
    public void theHookRefusesAPassedDistrictReviewWithoutStars() {
        step(COMMUNITY, RECOMMENDED, PASSED);
        step(STREET, FIRST_REVIEW, PASSED);
        List<FieldError> refusals = write(unsaved(DISTRICT, REVIEWED, PASSED, null));
        assertEquals(1, refusals.size());
        assertEquals("awardedTitle", refusals.get(0).field());
        assertEquals("required", refusals.get(0).code());
    }

    @Test
    public void theHookIgnoresOtherInspections() {
        assertEquals(List.of(), write(unsaved("disclosure-street-monthly", REVIEWED, PASSED, null)));
    }
}
