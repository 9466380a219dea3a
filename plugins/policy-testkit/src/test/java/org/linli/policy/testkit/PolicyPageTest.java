package org.linli.policy.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;

/** A page that says what the code does passes; each kind of drift between them fails, naming the rule. */
public class PolicyPageTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    /** A rule as a plugin would write it. */
    public static final class GridSize extends BaseRule {
        public GridSize() {
            super("DY-02", RuleKind.CHECK, SubjectKind.GRID, Text.of("每个网格250至300户", "Each grid holds 250 to 300 households"),
                    new Clause("社区服务创新发展工作意见", "一般以250-300户左右家庭为一个格"),
                    new Parameter("minHouseholds", "250", Text.of("最少户数", "Fewest households")),
                    new Parameter("maxHouseholds", "300", Text.of("最多户数", "Most households")));
        }

        @Override
        public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
            return List.of();
        }
    }

    private static final String PAGE = """
            # Dongying

            ## Sources

            | source | title | issued by | date | cited in findings as |
            |---|---|---|---|---|
            | grids | 社区服务创新发展工作意见 | a district | 2021 | `社区服务创新发展工作意见` |

            ## DY-02 · Each grid holds 250 to 300 households (每个网格250至300户)

            - kind: check
            - subject: `GRID`
            - source: grids
            - class: `GridSize`

            What it checks, in prose.

            | parameter | default | default from | meaning |
            |---|---|---|---|
            | `minHouseholds` | `250` | source | fewest |
            | `maxHouseholds` | `300` | source | most |

            > 一般以250-300户左右家庭为一个格
            """;

    @Test
    public void aPageAsTheCodeHasItPasses() throws IOException {
        PolicyPage page = PolicyPage.read(write(PAGE));
        assertEquals(Map.of("grids", "社区服务创新发展工作意见"), page.sources());
        assertEquals(List.of("DY-02"), page.rules().stream().map(PolicyPage.Entry::id).toList());
        assertEquals(List.of("minHouseholds", "maxHouseholds"), List.copyOf(page.rules().get(0).parameters().keySet()));
        Catalogue.assertPage(List.of(new GridSize()), write(PAGE));
    }

    @Test
    public void eachDriftFailsNamingTheRule() throws IOException {
        Map<String, String[]> drifts = Map.of(
                "clause", new String[] {"> 一般以250-300户左右家庭为一个格", "> 一般以250—300户左右家庭为一个格"},
                "heading", new String[] {"250 to 300 households (", "250 to 350 households ("},
                "kind", new String[] {"- kind: check", "- kind: workflow"},
                "subject", new String[] {"- subject: `GRID`", "- subject: `COMMUNITY`"},
                "class", new String[] {"- class: `GridSize`", "- class: `GridSizes`"},
                "cited source", new String[] {"| `社区服务创新发展工作意见` |", "| `社区服务创新发展意见` |"},
                "default", new String[] {"| `maxHouseholds` | `300` |", "| `maxHouseholds` | `350` |"},
                "missing parameter", new String[] {"| `maxHouseholds` | `300` | source | most |\n", ""},
                "default from", new String[] {"| `minHouseholds` | `250` | source |", "| `minHouseholds` | `250` | document |"},
                "second quote", new String[] {"What it checks, in prose.", "> What it checks, in prose."});
        for (Map.Entry<String, String[]> drift : drifts.entrySet()) {
            String[] change = drift.getValue();
            assertTrue(drift.getKey() + " edits the page", PAGE.contains(change[0]));
            Path page = write(PAGE.replace(change[0], change[1]));
            try {
                Catalogue.assertPage(List.of(new GridSize()), page);
                fail("a page with a changed " + drift.getKey() + " passed");
            } catch (AssertionError expected) {
                assertTrue(drift.getKey() + ": " + expected.getMessage(), expected.getMessage().contains("DY-02"));
            }
        }
    }

    @Test
    public void aRuleMissingFromThePageFails() throws IOException {
        Path page = write(PAGE.substring(0, PAGE.indexOf("## DY-02")));
        try {
            Catalogue.assertPage(List.of(new GridSize()), page);
            fail("a page without the rule passed");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("the rules, in order"));
        }
    }

    private Path write(String text) throws IOException {
        Path page = folder.newFile().toPath();
        Files.writeString(page, text, StandardCharsets.UTF_8);
        return page;
    }
}
