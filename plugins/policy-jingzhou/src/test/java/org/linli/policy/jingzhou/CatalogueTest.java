package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.Test;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

/** Every rule of the catalogue is here once, with its titles, a clause quoted word for word, and its defaults shipped. */
public class CatalogueTest {
    private static final Path SEED = Paths.get("../../../shared/seeds/003_100f88f07916a576.txt");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.jingzhou.cfg");

    static List<Rule> rules() {
        return List.of(new CommitteeElections(), new DisclosureInspections(), new ConventionProcedure(), new FourDeliberations(),
                new ServiceFacilityArea(), new ArchivesAndForms(), new WorkerPay(), new AnnualAppraisal(), new StarRating());
    }

    @Test
    public void theIdsAreExactlyJz01ToJz09() {
        List<String> expected = IntStream.rangeClosed(1, 9).mapToObj(i -> String.format("JZ-%02d", i)).toList();
        List<String> ids = rules().stream().map(Rule::id).toList();
        assertEquals(expected, ids);
    }

    @Test
    public void everyRuleHasTitlesKindAndSubject() {
        for (Rule rule : rules()) {
            assertFalse(rule.id() + " zh title", rule.title().zh().isBlank());
            assertFalse(rule.id() + " en title", rule.title().en().isBlank());
            assertNotNull(rule.id() + " kind", rule.kind());
            assertNotNull(rule.id() + " subject", rule.subject());
            assertEquals(rule.id() + " source", Jingzhou.SOURCE, rule.clause().source());
        }
    }

    @Test
    public void everyClauseIsQuotedWordForWord() throws IOException {
        assertTrue("the seed resolves from the module directory: " + SEED.toAbsolutePath().normalize(), Files.isRegularFile(SEED));
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        for (Rule rule : rules()) {
            String clause = rule.clause().text();
            assertFalse(rule.id() + " clause", clause.isBlank());
            assertTrue(rule.id() + " quotes '" + clause + "', which is not in the seed", seed.contains(clause));
        }
        String title = seed.lines().findFirst().orElseThrow().strip();
        assertTrue("the source names the seed's title", Jingzhou.SOURCE.startsWith(title + " (seeds/003_100f88f07916a576.txt)"));
    }

    @Test
    public void everyRuleIsAComponentOfThePlugin() throws IOException {
        for (Rule rule : rules()) {
            Class<?> type = rule.getClass();
            // DS annotations are not kept at run time: bnd turns them into a descriptor at build time, so read that.
            Path descriptor = Paths.get("target/classes/OSGI-INF/" + type.getName() + ".xml");
            assertTrue(rule.id() + " has no DS descriptor " + descriptor, Files.isRegularFile(descriptor));
            String xml = Files.readString(descriptor, StandardCharsets.UTF_8);
            assertTrue(rule.id() + " registers as a Rule", xml.contains("<provide interface=\"org.linli.policy.spi.Rule\"/>"));
            assertTrue(rule.id() + " names the plugin", xml.contains("name=\"linli.policy.plugin\" type=\"String\" value=\"jingzhou\""));
            assertTrue(rule.id() + " is public, as DS requires", java.lang.reflect.Modifier.isPublic(type.getModifiers()));
        }
    }

    @Test
    public void everyParameterHasADefaultThatReadsAndIsShippedInTheConfigFile() throws IOException {
        Properties shipped = new Properties();
        // Karaf reads .cfg files as ISO-8859-1: the file must hold nothing that reading would change.
        try (var reader = Files.newBufferedReader(CONFIG, StandardCharsets.ISO_8859_1)) {
            shipped.load(reader);
        }
        Set<String> declared = new HashSet<>();
        for (Rule rule : rules()) {
            TestParameters parameters = new TestParameters(rule);
            for (Parameter parameter : rule.parameters()) {
                String key = rule.id() + "." + parameter.name();
                declared.add(key);
                assertFalse(key + " description", parameter.description().zh().isBlank() || parameter.description().en().isBlank());
                assertEquals(key + " in " + CONFIG, parameter.defaultValue(), shipped.getProperty(key));
                assertFalse(parameters.text(parameter.name()).isBlank());
            }
            // every rule evaluates an empty community at its defaults without throwing
            assertFalse(rule.id(), rule.evaluate(new TestFacts(Fixtures.AS_OF), parameters).isEmpty());
        }
        assertEquals("the config file lists exactly the declared parameters", declared, shipped.stringPropertyNames());
    }

    @Test
    public void theValuesOfTheConfigFileAreAscii() throws IOException {
        List<String> lines = Files.readAllLines(CONFIG, StandardCharsets.UTF_8);
        List<String> wrong = lines.stream().filter(l -> !l.startsWith("#") && l.chars().anyMatch(c -> c > 127)).collect(Collectors.toList());
        assertEquals("values must write Chinese as \\uXXXX escapes", List.of(), wrong);
    }

    @Test
    public void noRuleIsWrittenForJz10OrJz11() {
        Set<String> ids = rules().stream().map(Rule::id).collect(Collectors.toSet());
        assertFalse(ids.contains("JZ-10"));
        assertFalse(ids.contains("JZ-11"));
    }
}
