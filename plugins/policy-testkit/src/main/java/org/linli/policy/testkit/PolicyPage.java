package org.linli.policy.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A district's page of the policy catalogue, {@code docs/policies/<district>.md}, read for what
 * the code must match. The page is Markdown written for people; these lines carry the facts:
 *
 * <pre>
 * ## Sources
 * | source | title | issued by | date | cited in findings as |
 * |---|---|---|---|---|
 * | grids | 社区服务创新发展工作意见 | … | … | `社区服务创新发展工作意见` |
 *
 * ## DY-02 · Each grid holds 250 to 300 households (每个网格250至300户)
 * - kind: check
 * - subject: `GRID`
 * - class: `GridSize`
 * - source: grids
 * | parameter | default | default from | meaning |
 * |---|---|---|---|
 * | `minHouseholds` | `250` | source | … |
 * &gt; 一般以250-300户左右家庭为一个格
 * </pre>
 *
 * A rule's section runs to the next heading of level two; the clause is its one quoted line,
 * and "default from" is {@code source} when the document gives the figure, {@code Linli} when it
 * does not and the default is Linli's choice. Anything else on the page is prose.
 */
public record PolicyPage(Map<String, String> sources, List<Entry> rules) {
    private static final Pattern RULE = Pattern.compile("^## ([A-Z]{2}-\\d{2}) · (.+)$");
    private static final Pattern FIELD = Pattern.compile("^- (kind|subject|class|source): (.+)$");
    private static final Pattern PARAMETER = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| ([^|]+) \\|.*\\|$");
    private static final Set<String> DEFAULT_FROM = Set.of("source", "Linli");

    /** One rule as the page describes it; parameters map each name to its default, in order. */
    public record Entry(String id, String title, String kind, String subject, String implementation, String source,
            Map<String, String> parameters, String clause) {
    }

    public static PolicyPage read(Path page) {
        assertTrue("the policy page resolves from the module directory: " + page.toAbsolutePath().normalize(),
                Files.isRegularFile(page));
        List<String> lines;
        try {
            lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        List<Entry> rules = new ArrayList<>();
        String section = "";
        Builder rule = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (rule != null) {
                    rules.add(rule.build(page));
                }
                Matcher heading = RULE.matcher(line);
                rule = heading.matches() ? new Builder(heading.group(1), heading.group(2)) : null;
                section = line.substring(3).strip();
            } else if (rule != null) {
                rule.read(line, page);
            } else if (section.equals("Sources") && line.startsWith("| ") && !line.startsWith("| source ")) {
                String[] cells = cells(line);
                String cited = cells[cells.length - 1];
                assertTrue(page + ": a source is cited `in backquotes` in the last column: " + line,
                        cited.length() > 2 && cited.startsWith("`") && cited.endsWith("`"));
                assertNull(page + ": source " + cells[0] + " listed twice", sources.put(cells[0], cited.substring(1, cited.length() - 1)));
            }
        }
        if (rule != null) {
            rules.add(rule.build(page));
        }
        assertFalse(page + " has a Sources table", sources.isEmpty());
        return new PolicyPage(sources, rules);
    }

    private static String[] cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - (inner.endsWith("|") ? 1 : 0));
        String[] cells = inner.split("\\|");
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    private static final class Builder {
        private final String id;
        private final String title;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final List<String> clauses = new ArrayList<>();

        Builder(String id, String title) {
            this.id = id;
            this.title = title.strip();
        }

        void read(String line, Path page) {
            Matcher field = FIELD.matcher(line);
            Matcher parameter = PARAMETER.matcher(line);
            if (field.matches()) {
                assertNull(page + " " + id + ": '" + field.group(1) + "' given twice",
                        fields.put(field.group(1), field.group(2).strip().replace("`", "")));
            } else if (parameter.matches()) {
                String from = parameter.group(3).strip();
                assertTrue(page + " " + id + "." + parameter.group(1) + ": default from is one of " + DEFAULT_FROM + ", not " + from,
                        DEFAULT_FROM.contains(from));
                assertNull(page + " " + id + "." + parameter.group(1) + " listed twice",
                        parameters.put(parameter.group(1), parameter.group(2)));
            } else if (line.startsWith("> ")) {
                clauses.add(line.substring(2).strip());
            }
        }

        Entry build(Path page) {
            for (String name : List.of("kind", "subject", "class", "source")) {
                assertNotNull(page + " " + id + " has no '- " + name + ": …' line", fields.get(name));
            }
            assertEquals(page + " " + id + ": one quoted line, the clause", 1, clauses.size());
            return new Entry(id, title, fields.get("kind"), fields.get("subject"), fields.get("class"), fields.get("source"),
                    parameters, clauses.get(0));
        }
    }
}
