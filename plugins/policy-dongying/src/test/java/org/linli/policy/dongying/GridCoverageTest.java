package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.only;

import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

public class GridCoverageTest {
    private final GridCoverage rule = new GridCoverage();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final TerritoryNode grid = Fixtures.grid(facts, "第一网格");
    private final TerritoryNode building = Fixtures.building(facts, grid, "1号楼");

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void householdsUnderABuildingOrDirectlyUnderAGridPass() {
        Fixtures.dwelling(facts, building, "101", 3);
        Fixtures.dwelling(facts, grid, "平房1号", 2);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
        assertEquals("5", outcome.facts().get("households"));
        assertEquals("5", outcome.facts().get("inGrids"));
        assertEquals("0", outcome.facts().get("outsideGrids"));
        assertEquals("0", outcome.facts().get("inTwoGrids"));
    }

    @Test
    public void aDwellingOutsideEveryGridFails() {
        Fixtures.dwelling(facts, building, "101", 3);
        TerritoryNode loose = facts.node(TerritoryLevel.BUILDING, "散居楼院");
        loose.setParentId(facts.community().getId());
        Fixtures.dwelling(facts, loose, "散居楼院1号", 2);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("2", outcome.facts().get("outsideGrids"));
        assertEquals("3", outcome.facts().get("inGrids"));
        assertEquals("散居楼院1号", outcome.facts().get("dwellingsOutsideGrids"));
        assertTrue(outcome.message().zh().contains("2户不在任何网格内"));
    }

    @Test
    public void aDwellingTheTreeDoesNotHoldIsOutside() {
        Fixtures.dwelling(facts, building, "101", 3);
        facts.householdsByDwelling.put(99_999L, 1);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("#99999", outcome.facts().get("dwellingsOutsideGrids"));
    }

    @Test
    public void withoutGridsEveryHouseholdIsOutside() {
        TestFacts noGrids = new TestFacts(AS_OF);
        TerritoryNode dwelling = noGrids.node(TerritoryLevel.DWELLING, "101");
        dwelling.setParentId(1L);
        noGrids.householdsByDwelling.put(dwelling.getId(), 4);
        Outcome outcome = only(rule.evaluate(noGrids, new TestParameters(rule)));
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("4", outcome.facts().get("outsideGrids"));
    }

    @Test
    public void emptyDwellingsDoNotCount() {
        Fixtures.dwelling(facts, building, "101", 3);
        TerritoryNode loose = facts.node(TerritoryLevel.DWELLING, "空置房");
        loose.setParentId(facts.community().getId());
        facts.householdsByDwelling.put(loose.getId(), 0);
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void withoutHouseholdsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
