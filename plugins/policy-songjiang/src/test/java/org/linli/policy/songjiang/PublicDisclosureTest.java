package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class PublicDisclosureTest {
    private static final List<String> FIVE = List.of("disclosure-basic-facts", "disclosure-organisation-chart", "disclosure-grid-map",
            "disclosure-service-flow", "disclosure-notices");
    private final PublicDisclosure rule = new PublicDisclosure();

    private static TestFacts with(List<String> kinds) {
        TestFacts facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        kinds.forEach(k -> Fixtures.document(facts, rc, k));
        return facts;
    }

    @Test
    public void fiveItemsDisclosedPass() {
        Outcome outcome = Fixtures.only(rule.evaluate(with(FIVE), new TestParameters(rule)));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("5", outcome.facts().get("disclosed"));
    }

    @Test
    public void withoutTheGridMapFails() {
        Outcome outcome = Fixtures.only(rule.evaluate(with(List.of("disclosure-basic-facts", "disclosure-organisation-chart",
                "disclosure-service-flow", "disclosure-notices")), new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("disclosure-grid-map", outcome.facts().get("missing"));
    }

    @Test
    public void aDisclosureAdoptedAfterTheDayDoesNotCount() {
        TestFacts facts = with(FIVE);
        facts.documents.get(4).setAdoptedOn(LocalDate.of(2019, 7, 1));
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(facts, new TestParameters(rule))).verdict());
    }

    @Test
    public void aShorterListPasses() {
        TestParameters p = new TestParameters(rule).with("disclosures", "disclosure-basic-facts");
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(with(List.of("disclosure-basic-facts")), p)).verdict());
    }

    @Test
    public void noDocumentsIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(with(List.of()), new TestParameters(rule))).verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
