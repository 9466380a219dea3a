package org.linli.policy.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Rule;

/**
 * The checks every plugin's catalogue test makes: each rule is there once, described in Chinese
 * and English, is on the plugin's page of the policy catalogue as the code has it, is a DS
 * component of the plugin, has its defaults shipped in the plugin's .cfg, and evaluates an empty
 * community at those defaults. Paths are relative to the plugin's module directory, where the
 * tests run, and stay inside the repository.
 */
public final class Catalogue {
    /** Where bnd writes a plugin's DS descriptors, before the tests run. */
    private static final Path DESCRIPTORS = Paths.get("target/classes/OSGI-INF");

    private Catalogue() {
    }

    /** The IDs {@code PREFIX-01} to {@code PREFIX-count}, in order. */
    public static String[] numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s-%02d", prefix, i)).toArray(String[]::new);
    }

    /** The rules are exactly {@code expectedIds}, in that order, and none is there twice. */
    public static void assertIds(List<Rule> rules, String... expectedIds) {
        List<String> ids = rules.stream().map(Rule::id).toList();
        Set<String> seen = new HashSet<>();
        List<String> twice = ids.stream().filter(id -> !seen.add(id)).toList();
        assertEquals("no ID twice: " + ids, List.of(), twice);
        assertEquals("the catalogue's IDs, in order", List.of(expectedIds), ids);
    }

    /**
     * Every rule has an ID, titles in Chinese and English, a kind, a subject, and a clause with its
     * text and source; every parameter has a name unique within its rule and a description in
     * both languages.
     */
    public static void assertDescribed(List<Rule> rules) {
        for (Rule rule : rules) {
            String id = rule.id();
            assertNotNull(rule.getClass().getName() + " id", id);
            assertFalse(rule.getClass().getName() + " id", id.isBlank());
            assertNotNull(id + " title", rule.title());
            assertFalse(id + " zh title", rule.title().zh().isBlank());
            assertFalse(id + " en title", rule.title().en().isBlank());
            assertNotNull(id + " kind", rule.kind());
            assertNotNull(id + " subject", rule.subject());
            assertNotNull(id + " clause", rule.clause());
            assertFalse(id + " clause text", rule.clause().text().isBlank());
            assertFalse(id + " clause source", rule.clause().source().isBlank());
            assertNotNull(id + " parameters", rule.parameters());
            Set<String> names = new HashSet<>();
            for (Parameter parameter : rule.parameters()) {
                String key = id + "." + parameter.name();
                assertFalse(id + " has a parameter without a name", parameter.name().isBlank());
                assertTrue(key + " is declared twice", names.add(parameter.name()));
                assertFalse(key + " zh description", parameter.description().zh().isBlank());
                assertFalse(key + " en description", parameter.description().en().isBlank());
            }
        }
    }

    /**
     * The plugin's page of the policy catalogue ({@code docs/policies/<district>.md}) describes
     * exactly these rules, in this order: for each its title in both languages, kind, subject,
     * implementing class, source, parameters with their defaults, and its clause word for word.
     * A rule changed in code without its page, or the reverse, fails here. See {@link PolicyPage}
     * for how a page is written.
     */
    public static void assertPage(List<Rule> rules, Path page) {
        PolicyPage read = PolicyPage.read(page);
        assertEquals(page + ": the rules, in order", rules.stream().map(Rule::id).toList(),
                read.rules().stream().map(PolicyPage.Entry::id).toList());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            PolicyPage.Entry entry = read.rules().get(i);
            String where = page + " " + rule.id();
            assertEquals(where + " heading", rule.title().en() + " (" + rule.title().zh() + ")", entry.title());
            assertEquals(where + " kind", rule.kind().name().toLowerCase(Locale.ROOT), entry.kind());
            assertEquals(where + " subject", rule.subject().name(), entry.subject());
            assertEquals(where + " class", rule.getClass().getSimpleName(), entry.implementation());
            assertTrue(where + ": source '" + entry.source() + "' is not in the page's sources table",
                    read.sources().containsKey(entry.source()));
            assertEquals(where + " source, as findings cite it", rule.clause().source(), read.sources().get(entry.source()));
            assertEquals(where + " parameters and defaults", parameters(rule), entry.parameters());
            assertEquals(where + " clause", rule.clause().text(), entry.clause());
        }
    }

    private static Map<String, String> parameters(Rule rule) {
        Map<String, String> defaults = new LinkedHashMap<>();
        rule.parameters().forEach(p -> defaults.put(p.name(), p.defaultValue()));
        return defaults;
    }

    /**
     * Every rule is a public class with a DS descriptor that provides {@link Rule} and names the
     * plugin in {@value Rule#PLUGIN}. DS annotations are not kept at run time: bnd turns them
     * into a descriptor at build time, so this reads that.
     */
    public static void assertComponents(String plugin, List<Rule> rules) {
        for (Rule rule : rules) {
            Class<?> type = rule.getClass();
            Path descriptor = DESCRIPTORS.resolve(type.getName() + ".xml");
            assertTrue(rule.id() + " has no DS descriptor " + descriptor, Files.isRegularFile(descriptor));
            String xml = read(descriptor);
            assertTrue(rule.id() + " registers as a Rule", xml.contains("<provide interface=\"" + Rule.class.getName() + "\"/>"));
            assertTrue(rule.id() + " names the plugin " + plugin,
                    xml.contains("name=\"" + Rule.PLUGIN + "\" type=\"String\" value=\"" + plugin + "\""));
            assertTrue(rule.id() + " is public, as DS requires", Modifier.isPublic(type.getModifiers()));
        }
    }

    /**
     * A plugin's .cfg read the way Karaf reads it ({@link Properties} from ISO-8859-1, so a raw
     * Chinese value arrives garbled), with lines commented out as {@code #<RULE-ID>.} read as
     * values too: a plugin may ship its defaults commented.
     */
    public static Properties readConfig(Path cfg) {
        assertTrue("config not found at " + cfg.toAbsolutePath().normalize(), Files.isRegularFile(cfg));
        Properties properties = new Properties();
        try {
            String text = Files.readString(cfg, StandardCharsets.ISO_8859_1)
                    .replaceAll("(?m)^([ \\t\\f]*)#([A-Z][A-Z0-9]*-\\d+\\.)", "$1$2");
            try (Reader in = new StringReader(text)) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The .cfg lists every parameter of every rule as {@code <RULE-ID>.<name>} with its default,
     * and no other key.
     */
    public static void assertConfigLists(List<Rule> rules, Path cfg) {
        Properties shipped = readConfig(cfg);
        Set<String> declared = new HashSet<>();
        for (Rule rule : rules) {
            for (Parameter parameter : rule.parameters()) {
                String key = rule.id() + "." + parameter.name();
                declared.add(key);
                assertEquals(key + " in " + cfg, parameter.defaultValue(), shipped.getProperty(key));
            }
        }
        Set<String> unknown = new TreeSet<>(shipped.stringPropertyNames());
        unknown.removeAll(declared);
        assertEquals("keys in " + cfg + " that no rule declares", Set.of(), unknown);
    }

    /**
     * Every parameter has a default, and every rule evaluates {@code empty} at its defaults
     * without a configuration error (an {@link IllegalArgumentException}: a default that does not
     * read, or a parameter the rule does not declare), returning at least one outcome.
     */
    public static void assertDefaultsEvaluate(List<Rule> rules, CommunityFacts empty) {
        for (Rule rule : rules) {
            for (Parameter parameter : rule.parameters()) {
                assertFalse(rule.id() + "." + parameter.name() + " has no default", parameter.defaultValue().isBlank());
            }
            List<Outcome> outcomes = null;
            try {
                outcomes = rule.evaluate(empty, new TestParameters(rule));
            } catch (IllegalArgumentException e) {
                fail(rule.id() + " does not evaluate at its defaults, a configuration error: " + e);
            }
            assertNotNull(rule.id() + " returns no list of outcomes", outcomes);
            assertFalse(rule.id() + " returns no outcome for an empty community", outcomes.isEmpty());
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
