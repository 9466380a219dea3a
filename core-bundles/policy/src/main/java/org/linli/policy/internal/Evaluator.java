package org.linli.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.policy.Fact;
import org.linli.policy.Finding;
import org.linli.policy.ParameterValue;
import org.linli.policy.VerdictCounts;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.territory.TerritoryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one plugin's rules over one community. A rule that cannot be judged (a parameter that is
 * not a number, a rule that throws) yields a MISSING_DATA finding that says why, never a silent
 * gap: the other rules still run.
 */
final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private Evaluator() {
    }

    /** The findings, and the parameters used added to {@code used}. */
    static List<Finding> evaluate(List<RuleRegistry.Installed> rules, CommunityFacts facts, Map<String, String> configured,
                                  List<String> codes, Map<String, ParameterValue> used) {
        List<Finding> findings = new ArrayList<>();
        TerritoryNode community = facts.community();
        for (RuleRegistry.Installed installed : rules) {
            Rule rule = installed.rule();
            List<Outcome> outcomes;
            try {
                ResolvedParameters parameters = new ResolvedParameters(installed.plugin(), rule, configured, codes);
                parameters.values().forEach(value -> used.putIfAbsent(key(value), value));
                outcomes = rule.evaluate(facts, parameters);
            } catch (IllegalArgumentException e) {
                outcomes = List.of(Outcome.missingData(communitySubject(community),
                        "参数配置有误:" + e.getMessage(), "Parameter misconfigured: " + e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("Rule {} of plugin {} failed on community {}", rule.id(), installed.plugin(), community.getCode(), e);
                outcomes = List.of(Outcome.missingData(communitySubject(community),
                        "规则执行出错:" + e, "The rule failed: " + e));
            }
            if (outcomes == null || outcomes.isEmpty()) {
                outcomes = List.of(Outcome.missingData(communitySubject(community),
                        "规则未给出结论", "The rule gave no verdict"));
            }
            for (Outcome outcome : outcomes) {
                findings.add(finding(installed, community, facts.asOf(), outcome));
            }
        }
        return findings;
    }

    static Finding finding(RuleRegistry.Installed installed, TerritoryNode community, LocalDate asOf, Outcome outcome) {
        Rule rule = installed.rule();
        Finding finding = new Finding();
        finding.setCommunityId(community.getId());
        finding.setCommunityCode(community.getCode());
        finding.setCommunityName(community.getName());
        finding.setPlugin(installed.plugin());
        finding.setPluginVersion(installed.version());
        finding.setRuleId(rule.id());
        finding.setKind(rule.kind());
        finding.setTitleZh(rule.title().zh());
        finding.setTitleEn(rule.title().en());
        finding.setClauseSource(rule.clause().source());
        finding.setClauseText(rule.clause().text());
        finding.setSubjectKind(outcome.subject().kind());
        finding.setSubjectId(outcome.subject().id());
        finding.setSubjectName(outcome.subject().name());
        finding.setVerdict(outcome.verdict());
        finding.setMessageZh(outcome.message().zh());
        finding.setMessageEn(outcome.message().en());
        List<Fact> facts = new ArrayList<>();
        outcome.facts().forEach((name, value) -> {
            Fact fact = new Fact();
            fact.setName(name);
            fact.setValue(value);
            facts.add(fact);
        });
        finding.setFacts(facts);
        finding.setAsOf(asOf);
        return finding;
    }

    static Subject communitySubject(TerritoryNode community) {
        return new Subject(SubjectKind.COMMUNITY, community.getId(), community.getName());
    }

    static VerdictCounts count(List<Finding> findings) {
        VerdictCounts counts = new VerdictCounts();
        for (Finding finding : findings) {
            add(counts, finding.getVerdict());
        }
        return counts;
    }

    static void add(VerdictCounts counts, Verdict verdict) {
        switch (verdict) {
            case PASS -> counts.setPass(counts.getPass() + 1);
            case FAIL -> counts.setFail(counts.getFail() + 1);
            case NOT_APPLICABLE -> counts.setNotApplicable(counts.getNotApplicable() + 1);
            case MISSING_DATA -> counts.setMissingData(counts.getMissingData() + 1);
            case REPORTED -> counts.setReported(counts.getReported() + 1);
        }
    }

    static String key(ParameterValue value) {
        return value.getPlugin() + "|" + value.getRuleId() + "|" + value.getName() + "|" + value.getValue() + "|" + value.getSource();
    }

    /** The facts as stored: one {@code name=value} line each. */
    static String factsText(List<Fact> facts) {
        StringBuilder text = new StringBuilder();
        for (Fact fact : facts) {
            text.append(fact.getName()).append('=').append(fact.getValue().replace('\n', ' ')).append('\n');
        }
        return text.length() > 4000 ? text.substring(0, 3990) + "\n…=…" : text.toString();
    }

    static List<Fact> facts(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int at = line.indexOf('=');
                if (at > 0) {
                    parsed.put(line.substring(0, at), line.substring(at + 1));
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        parsed.forEach((name, value) -> {
            Fact fact = new Fact();
            fact.setName(name);
            fact.setValue(value);
            facts.add(fact);
        });
        return facts;
    }
}
