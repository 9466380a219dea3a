package org.linli.policy.dongying;

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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.Test;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

/**
 * Every rule of the catalogue is here once, with its titles, a clause quoted word for word from the
 * seed its source names, and its defaults shipped.
 */
public class CatalogueTest {
    private static final Path SEEDS = Paths.get("../../../shared/seeds");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.dongying.cfg");
    /** Which source each rule cites, as the policy catalogue assigns them. */
    private static final Map<String, String> SOURCES = Map.of(
            "DY-01", Dongying.SOURCE_GRIDS, "DY-02", Dongying.SOURCE_GRIDS, "DY-03", Dongying.SOURCE_GRIDS,
            "DY-04", Dongying.SOURCE_GRIDS, "DY-05", Dongying.SOURCE_GRIDS, "DY-06", Dongying.SOURCE_SERVICES,
            "DY-07", Dongying.SOURCE_SERVICES, "DY-08", Dongying.SOURCE_SERVICES, "DY-09", Dongying.SOURCE_SERVICES);

    static List<Rule> rules() {
        return List.of(new GridCoverage(), new GridSize(), new GridStaffing(), new DailyPatrol(), new ResponsibilityChain(),
                new OneGridLayer(), new ThreeLists(), new OneWindow(), new CertificatesAndDuties());
    }

    /** The seed file a source names in its trailing "(seeds/…)". */
    static Path seed(String source) {
        int open = source.lastIndexOf("(seeds/");
        assertTrue("the source names its seed file: " + source, open >= 0 && source.endsWith(")"));
        return SEEDS.resolve(source.substring(open + "(seeds/".length(), source.length() - 1));
    }

    @Test
    public void theIdsAreDy01ToDy09() {
        Set<String> expected = IntStream.rangeClosed(1, 9).mapToObj(i -> String.format("DY-%02d", i)).collect(Collectors.toSet());
        List<String> ids = rules().stream().map(Rule::id).toList();
        assertEquals(9, ids.size());
        assertEquals(expected, new HashSet<>(ids));
    }

    @Test
    public void everyRuleHasTitlesKindSubjectAndItsSource() {
        for (Rule rule : rules()) {
            assertFalse(rule.id() + " zh title", rule.title().zh().isBlank());
            assertFalse(rule.id() + " en title", rule.title().en().isBlank());
            assertNotNull(rule.id() + " kind", rule.kind());
            assertNotNull(rule.id() + " subject", rule.subject());
            assertEquals(rule.id() + " source", SOURCES.get(rule.id()), rule.clause().source());
        }
    }

    @Test
    public void theSourcesNameTheSeeds() {
        assertEquals(SEEDS.resolve("004_c304ee94e99ab5ae.txt"), seed(Dongying.SOURCE_GRIDS));
        assertEquals(SEEDS.resolve("001_6a22126cbfa9a533.txt"), seed(Dongying.SOURCE_SERVICES));
    }

    @Test
    public void everyClauseIsQuotedWordForWordFromItsSeed() throws IOException {
        for (Rule rule : rules()) {
            Path seed = seed(rule.clause().source());
            assertTrue("the seed resolves from the module directory: " + seed.toAbsolutePath().normalize(), Files.isRegularFile(seed));
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String clause = rule.clause().text();
            assertFalse(rule.id() + " clause", clause.isBlank());
            assertTrue(rule.id() + " quotes '" + clause + "', which is not in " + seed, text.contains(clause));
        }
    }

    @Test
    public void theSourceTitlesAreTheSeedsOwnWords() throws IOException {
        assertTrue(Files.readString(seed(Dongying.SOURCE_GRIDS), StandardCharsets.UTF_8).contains("社区服务创新发展工作意见"));
        String services = Files.readString(seed(Dongying.SOURCE_SERVICES), StandardCharsets.UTF_8);
        assertTrue(services.contains("推进社区治理体系和治理能力现代化") && services.contains("东营市民政局 赵永刚"));
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
            assertTrue(rule.id() + " names the plugin", xml.contains("name=\"linli.policy.plugin\" type=\"String\" value=\"dongying\""));
            assertTrue(rule.id() + " is public, as DS requires", java.lang.reflect.Modifier.isPublic(type.getModifiers()));
        }
    }

    @Test
    public void everyParameterHasADefaultThatReadsAndIsShippedInTheConfigFile() throws IOException {
        Properties shipped = new Properties();
        // Karaf reads the file as ISO-8859-1; read it the same way, so a raw Chinese value would show up garbled here.
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
    public void theGridNumbersAreTheDocumentsDefaults() {
        TestParameters size = new TestParameters(new GridSize());
        assertEquals(250, size.integer(GridSize.MIN));
        assertEquals(300, size.integer(GridSize.MAX));
    }
}
