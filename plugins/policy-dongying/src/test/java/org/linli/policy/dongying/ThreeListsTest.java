package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Document;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ThreeListsTest {
    private final ThreeLists rule = new ThreeLists();
    private final TestFacts facts = new TestFacts(AS_OF);

    private Document needs(LocalDate adoptedOn) {
        return Fixtures.document(facts, "residents-needs-list", adoptedOn);
    }

    private void resourcesAndProjects() {
        Fixtures.document(facts, "community-resources-list", AS_OF.minusMonths(3));
        Fixtures.document(facts, "service-projects-list", AS_OF.minusMonths(3));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    @Test
    public void threeCurrentListsPass() {
        needs(AS_OF.minusMonths(2));
        resourcesAndProjects();
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("-", outcome.facts().get("missing"));
        assertEquals("-", outcome.facts().get("stale"));
    }

    @Test
    public void aMissingListFails() {
        resourcesAndProjects();
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("residents-needs-list", outcome.facts().get("missing"));
    }

    @Test
    public void aListAdoptedExactlyAYearAgoPasses() {
        needs(AS_OF.minusDays(365));
        resourcesAndProjects();
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aListOlderThanAYearIsStale() {
        needs(AS_OF.minusDays(366));
        resourcesAndProjects();
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("residents-needs-list " + AS_OF.minusDays(366), outcome.facts().get("stale"));
    }

    @Test
    public void aListWithoutAnAdoptionDateIsInForceButNotKnownToBeRenewed() {
        needs(null);
        resourcesAndProjects();
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("-", outcome.facts().get("missing"));
        assertEquals("residents-needs-list ?", outcome.facts().get("stale"));
        // A dated list beside it is the one judged.
        needs(AS_OF.minusMonths(1));
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void theLatestListCounts() {
        needs(AS_OF.minusYears(3));
        needs(AS_OF.minusMonths(1));
        resourcesAndProjects();
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void aRevokedListIsNotInForce() {
        needs(AS_OF.minusMonths(2)).setRevokedOn(AS_OF.minusDays(1));
        resourcesAndProjects();
        assertEquals("residents-needs-list", judge().facts().get("missing"));
    }

    @Test
    public void aListAdoptedAfterTheDayJudgedIsNotYetInForce() {
        needs(AS_OF.plusDays(1));
        resourcesAndProjects();
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void withoutDocumentsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayAllowOlderLists() {
        needs(AS_OF.minusDays(500));
        resourcesAndProjects();
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(ThreeLists.MAX_AGE, "730")));
        assertVerdict(Verdict.FAIL, judge(new TestParameters(rule).with(ThreeLists.MAX_AGE, "499")));
    }

    @Test
    public void aDistrictMayNameOtherKinds() {
        resourcesAndProjects();
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(ThreeLists.KINDS, "community-resources-list,service-projects-list")));
    }
}
