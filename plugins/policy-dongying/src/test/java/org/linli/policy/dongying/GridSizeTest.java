package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.of;
import static org.linli.policy.dongying.Fixtures.only;

import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.territory.TerritoryNode;

public class GridSizeTest {
    private final GridSize rule = new GridSize();
    private final TestFacts facts = new TestFacts(AS_OF);

    private Outcome withHouseholds(int households, Parameters parameters) {
        Fixtures.gridWith(facts, "第一网格", households);
        return only(rule.evaluate(facts, parameters));
    }

    private Outcome withHouseholds(int households) {
        return withHouseholds(households, new TestParameters(rule));
    }

    @Test
    public void twoHundredFiftyPass() {
        Outcome outcome = withHouseholds(250);
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.GRID, outcome.subject().kind());
        assertEquals("250", outcome.facts().get("households"));
    }

    @Test
    public void threeHundredPass() {
        assertVerdict(Verdict.PASS, withHouseholds(300));
    }

    @Test
    public void twoHundredFortyNineFail() {
        Outcome outcome = withHouseholds(249);
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("249", outcome.facts().get("households"));
    }

    @Test
    public void threeHundredOneFail() {
        assertVerdict(Verdict.FAIL, withHouseholds(301));
    }

    @Test
    public void householdsAreSummedOverTheGridsBuildingsAndDwellings() {
        TerritoryNode grid = Fixtures.grid(facts, "第一网格");
        TerritoryNode one = Fixtures.building(facts, grid, "1号楼");
        TerritoryNode two = Fixtures.building(facts, grid, "2号楼");
        Fixtures.dwelling(facts, one, "101", 100);
        Fixtures.dwelling(facts, two, "201", 100);
        Fixtures.dwelling(facts, grid, "平房", 60);
        TerritoryNode other = Fixtures.gridWith(facts, "第二网格", 10);
        List<Outcome> outcomes = rule.evaluate(facts, new TestParameters(rule));
        assertEquals(2, outcomes.size());
        assertEquals("260", of(outcomes, grid.getId()).facts().get("households"));
        assertVerdict(Verdict.PASS, of(outcomes, grid.getId()));
        assertVerdict(Verdict.FAIL, of(outcomes, other.getId()));
    }

    @Test
    public void anEmptyGridFails() {
        Fixtures.gridWith(facts, "第一网格", 280);
        TerritoryNode empty = Fixtures.grid(facts, "空网格");
        Outcome outcome = of(rule.evaluate(facts, new TestParameters(rule)), empty.getId());
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("0", outcome.facts().get("households"));
    }

    @Test
    public void withoutGridsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void withoutHouseholdsDataIsMissing() {
        Fixtures.grid(facts, "第一网格");
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayWidenTheBounds() {
        assertVerdict(Verdict.PASS, withHouseholds(350, new TestParameters(rule).with(GridSize.MAX, "400")));
    }

    @Test
    public void aHigherMinimumFailsTwoHundredFifty() {
        assertVerdict(Verdict.FAIL, withHouseholds(250, new TestParameters(rule).with(GridSize.MIN, "260")));
    }
}
