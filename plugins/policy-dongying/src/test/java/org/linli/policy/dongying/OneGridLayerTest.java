package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.only;

import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

public class OneGridLayerTest {
    private final OneGridLayer rule = new OneGridLayer();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final TerritoryNode grid = Fixtures.grid(facts, "第一网格");

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void oneLayerOfGridsPasses() {
        Fixtures.building(facts, grid, "1号楼");
        Fixtures.building(facts, Fixtures.grid(facts, "第二网格"), "2号楼");
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
        assertEquals("2", outcome.facts().get("grids"));
        assertEquals("2", outcome.facts().get("buildings"));
    }

    @Test
    public void aGridInsideAGridFails() {
        TerritoryNode nested = facts.node(TerritoryLevel.GRID, "综治网格");
        nested.setParentId(grid.getId());
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("综治网格", outcome.facts().get("gridsNotUnderCommunity"));
    }

    @Test
    public void aBuildingBesideTheGridLayerFails() {
        TerritoryNode loose = facts.node(TerritoryLevel.BUILDING, "散居楼院");
        loose.setParentId(facts.community().getId());
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("散居楼院", outcome.facts().get("buildingsOutsideGrids"));
    }

    @Test
    public void withoutGridsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }

    @Test
    public void itIsAWorkflowRuleWithoutAHook() {
        assertEquals(RuleKind.WORKFLOW, rule.kind());
        assertTrue("the territory register enforces the one layer; no hook is offered", rule.hooks().isEmpty());
    }
}
