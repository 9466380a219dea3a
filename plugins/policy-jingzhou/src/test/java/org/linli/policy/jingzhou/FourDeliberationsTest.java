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
import org.linli.affairs.Consultation;
import org.linli.affairs.ConsultationStep;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class FourDeliberationsTest {
    /** The steps of the code list procedure-four-deliberations, in their order (V13). */
    private static final List<String> STEPS = List.of("party-proposal", "committees-discussion", "party-members-review",
            "representatives-resolution", "resolution-published", "result-published");
    private static final LocalDate HELD = LocalDate.of(2026, 3, 2);

    private final FourDeliberations rule = new FourDeliberations();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    /** A consultation with the given steps done a week apart from the day it was held. */
    private Consultation consultation(String procedure, List<String> steps) {
        Consultation c = new Consultation();
        c.setId(Fixtures.id());
        c.setOrganisationId(committee.getId());
        c.setTopic("老旧小区加装电梯");
        c.setProcedure(procedure);
        c.setHeldOn(HELD);
        for (int i = 0; i < steps.size(); i++) {
            ConsultationStep s = new ConsultationStep();
            s.setStep(steps.get(i));
            s.setDoneOn(HELD.plusWeeks(i));
            c.getSteps().add(s);
        }
        facts.consultations.add(c);
        return c;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void theSixStepsInOrderPass() {
        Consultation c = consultation("four-deliberations", STEPS);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.RESIDENTS_COMMITTEE, outcome.subject().kind());
        assertEquals(committee.getId(), outcome.subject().id());
        assertEquals(String.valueOf(c.getId()), outcome.facts().get("consultationId"));
        assertEquals("-", outcome.facts().get("disclosuresMissing"));
    }

    @Test
    public void theResultNotPublishedFails() {
        consultation("four-deliberations", STEPS.subList(0, 5));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("result-published", outcome.facts().get("disclosuresMissing"));
    }

    @Test
    public void neitherDisclosureFails() {
        consultation("four-deliberations", STEPS.subList(0, 4));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("resolution-published,result-published", outcome.facts().get("disclosuresMissing"));
    }

    @Test
    public void stepsOutOfOrderFail() {
        consultation("four-deliberations", List.of("committees-discussion", "party-proposal", "party-members-review",
                "representatives-resolution", "resolution-published", "result-published"));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().en().contains("step 1 is committees-discussion"));
    }

    @Test
    public void aSkippedDeliberationFails() {
        consultation("four-deliberations", List.of("party-proposal", "committees-discussion", "representatives-resolution",
                "resolution-published", "result-published"));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aStepDatedBeforeTheOneItFollowsFails() {
        Consultation c = consultation("four-deliberations", STEPS);
        c.getSteps().get(3).setDoneOn(HELD.minusDays(1));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void stepsOnTheSameDayAreInOrder() {
        Consultation c = consultation("four-deliberations", STEPS);
        c.getSteps().forEach(s -> s.setDoneOn(HELD));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aStepDoneAfterTheDayJudgedIsNotYetDone() {
        Consultation c = consultation("four-deliberations", STEPS);
        c.getSteps().get(5).setDoneOn(AS_OF.plusDays(1));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void anUnfinishedConsultationIsLeftDuringTheGraceDays() {
        Consultation c = consultation("four-deliberations", STEPS.subList(0, 4));
        c.setHeldOn(AS_OF.minusDays(30));
        c.getSteps().forEach(s -> s.setDoneOn(AS_OF.minusDays(30)));
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.NOT_APPLICABLE, judge(new TestParameters(rule).with(FourDeliberations.GRACE_DAYS, "30")));
        assertVerdict(Verdict.FAIL, judge(new TestParameters(rule).with(FourDeliberations.GRACE_DAYS, "29")));
    }

    @Test
    public void graceDaysDoNotExcuseStepsOutOfOrder() {
        Consultation c = consultation("four-deliberations", List.of("committees-discussion"));
        c.setHeldOn(AS_OF.minusDays(1));
        assertVerdict(Verdict.FAIL, judge(new TestParameters(rule).with(FourDeliberations.GRACE_DAYS, "90")));
    }

    @Test
    public void otherProceduresAreNotJudged() {
        consultation("simple", List.of("proposal", "deliberation"));
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aConsultationHeldAfterTheDayJudgedIsNotJudged() {
        Consultation c = consultation("four-deliberations", List.of());
        c.setHeldOn(AS_OF.plusDays(1));
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayJudgeOneSolicitationWithItsSteps() {
        List<String> oneSolicitation = List.of("opinions-solicited", "party-proposal", "committees-discussion",
                "representatives-resolution", "resolution-published", "result-published");
        consultation("one-solicitation", oneSolicitation);
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(FourDeliberations.PROCEDURE, "one-solicitation")
                .with(FourDeliberations.STEPS, String.join(",", oneSolicitation))));
    }

    @Test
    public void aConsultationHeldByThePartyOrganisationIsOnIt() {
        Organisation party = Fixtures.organisation(facts, org.linli.organisations.OrganisationKind.PARTY_ORGANISATION, "社区党委", null);
        Consultation c = consultation("four-deliberations", STEPS);
        c.setOrganisationId(party.getId());
        Outcome outcome = judge();
        assertEquals(SubjectKind.ORGANISATION, outcome.subject().kind());
        assertEquals(party.getId(), outcome.subject().id());
    }

    @Test
    public void withoutConsultationsTheRuleDoesNotApply() {
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void theDefaultStepsAreTheCodeListsOrder() throws java.io.IOException {
        java.nio.file.Path v13 = java.nio.file.Paths.get("../../core-bundles/database/src/main/resources/db/migration/common/V13__affairs.sql");
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(
                "'procedure-four-deliberations', '([a-z-]+)', '[^']*', '[^']*', (\\d+)\\)");
        java.util.TreeMap<Integer, String> byPosition = new java.util.TreeMap<>();
        java.util.regex.Matcher m = row.matcher(java.nio.file.Files.readString(v13));
        while (m.find()) {
            byPosition.put(Integer.parseInt(m.group(2)), m.group(1));
        }
        assertEquals(STEPS, List.copyOf(byPosition.values()));
        assertEquals(STEPS, new TestParameters(rule).list(FourDeliberations.STEPS));
        assertEquals(0, rule.hooks().size());
    }
}
