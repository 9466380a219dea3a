package org.linli.policy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.linli.policy.Finding;
import org.linli.policy.ParameterValue;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.policy.spi.Verdict;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** The engine's own decisions: nearest binding and override, rule order, and rules that cannot be judged. */
public class EngineRulesTest {
    private static final List<String> CODES = List.of("110101001001", "110101001", "110101", "1101");

    @Test
    public void theNearestBindingGoverns() {
        assertEquals("beijing", Jurisdiction.governing(CODES, Map.of("1101", "beijing")));
        assertEquals("songjiang", Jurisdiction.governing(CODES, Map.of("1101", "beijing", "110101001", "songjiang")));
        assertNull(Jurisdiction.governing(CODES, Map.of("3101", "songjiang")));
    }

    @Test
    public void theNearestOverrideWinsOverThePluginsValueAndTheDefault() {
        Rule rule = new SizeRule();
        assertEquals("7", value(new ResolvedParameters("beijing", rule, Map.of(), CODES), "default"));
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("BJ-02.minMembers", "6");
        assertEquals("6", value(new ResolvedParameters("beijing", rule, configured, CODES), "plugin"));
        configured.put("BJ-02.minMembers@110101", "5");
        configured.put("BJ-02.minMembers@110101001", "4");
        assertEquals("4", value(new ResolvedParameters("beijing", rule, configured, CODES), "110101001"));
        configured.put("BJ-02.minMembers@3101", "1");
        assertEquals("4", value(new ResolvedParameters("beijing", rule, configured, CODES), "110101001"));
    }

    @Test
    public void aMisconfiguredNumberNamesTheKeyAndTheFile() {
        ResolvedParameters parameters = new ResolvedParameters("beijing", new SizeRule(), Map.of("BJ-02.minMembers", "seven"), CODES);
        try {
            parameters.integer("minMembers");
            fail("'seven' is not a number");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("BJ-02.minMembers = 'seven'"));
            assertTrue(e.getMessage(), e.getMessage().contains("org.linli.policy.beijing.cfg"));
        }
    }

    @Test
    public void aRuleThatCannotBeJudgedGivesMissingDataAndTheOthersStillRun() {
        RuleRegistry.Installed size = new RuleRegistry.Installed("beijing", "1.0.0", "org.linli.policy-beijing", new SizeRule());
        RuleRegistry.Installed broken = new RuleRegistry.Installed("beijing", "1.0.0", "org.linli.policy-beijing", new SizeRule() {
            @Override
            public String id() {
                return "BJ-99";
            }

            @Override
            public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
                throw new IllegalStateException("no data source");
            }
        });
        Map<String, ParameterValue> used = new LinkedHashMap<>();
        List<Finding> findings = Evaluator.evaluate(List.of(broken, size), facts(), Map.of("BJ-02.minMembers", "x"), CODES, used);
        assertEquals(2, findings.size());
        assertEquals(Verdict.MISSING_DATA, findings.get(0).getVerdict());
        assertTrue(findings.get(0).getMessageEn(), findings.get(0).getMessageEn().contains("no data source"));
        assertEquals(Verdict.MISSING_DATA, findings.get(1).getVerdict());
        assertTrue(findings.get(1).getMessageEn(), findings.get(1).getMessageEn().contains("Parameter misconfigured"));
        assertEquals("BJ-02", findings.get(1).getRuleId());
        assertEquals("各下属委员会由7—9人组成", findings.get(1).getClauseText());
    }

    @Test
    public void rulesSortByNumberNotByText() {
        List<String> ids = new ArrayList<>(List.of("BJ-10", "BJ-2", "BJ-1", "SJ-1", "BJ-15"));
        ids.sort(RuleRegistry::byNumber);
        assertEquals(List.of("BJ-1", "BJ-2", "BJ-10", "BJ-15", "SJ-1"), ids);
    }

    @Test
    public void factsSurviveStorageInOrder() {
        Finding finding = Evaluator.finding(new RuleRegistry.Installed("beijing", "1.0.0", "b", new SizeRule()), facts().community(),
                LocalDate.of(2026, 11, 1), Outcome.pass(Evaluator.communitySubject(facts().community()), "通过", "passes")
                        .fact("members", 7).fact("range", "7-9"));
        assertEquals("members=7\nrange=7-9\n", Evaluator.factsText(finding.getFacts()));
        assertEquals(List.of("members", "range"), Evaluator.facts("members=7\nrange=7-9\n").stream().map(f -> f.getName()).toList());
    }

    private static String value(ResolvedParameters parameters, String source) {
        assertEquals(source, parameters.values().get(0).getSource());
        return parameters.text("minMembers");
    }

    private static CommunityFacts facts() {
        TerritoryNode community = new TerritoryNode();
        community.setId(1L);
        community.setCode("110101001001");
        community.setName("测试社区");
        community.setLevel(TerritoryLevel.COMMUNITY);
        return (CommunityFacts) java.lang.reflect.Proxy.newProxyInstance(EngineRulesTest.class.getClassLoader(),
                new Class<?>[] {CommunityFacts.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "community" -> community;
                    case "asOf" -> LocalDate.of(2026, 11, 1);
                    default -> method.getReturnType() == Map.class ? Map.of() : List.of();
                });
    }

    /** A rule as a plugin writes one. */
    private static class SizeRule implements Rule {
        @Override
        public String id() {
            return "BJ-02";
        }

        @Override
        public RuleKind kind() {
            return RuleKind.CHECK;
        }

        @Override
        public Text title() {
            return Text.of("下属委员会人数", "Sub-committee size");
        }

        @Override
        public Clause clause() {
            return new Clause("北京", "各下属委员会由7—9人组成");
        }

        @Override
        public SubjectKind subject() {
            return SubjectKind.SUB_COMMITTEE;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("minMembers", "7", Text.of("最少人数", "fewest members")));
        }

        @Override
        public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
            int min = parameters.integer("minMembers");
            return List.of(Outcome.of(min <= 7 ? Verdict.PASS : Verdict.FAIL, Evaluator.communitySubject(facts.community()), "", ""));
        }
    }
}
