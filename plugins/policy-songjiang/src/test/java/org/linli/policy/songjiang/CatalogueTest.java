package org.linli.policy.songjiang;

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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.Test;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.TestParameters;

/** The plugin's rules against the catalogue and the source document. */
public class CatalogueTest {
    static final Path SEED = Paths.get("../../../shared/seeds/002_979e55920fa9e2ae.txt");

    static List<Rule> rules() {
        return List.of(new ManagementScale(), new OwnCommitteeAtOccupancy(), new PremisesArea(), new RoomsStationsBoards(),
                new FiveUniformItems(), new SubCommittees(), new PublicDisclosure(), new WorkRules(), new RequestFlow(),
                new CommitteeSize(), new TrainingFrequency(), new Funding(), new AdmissionList(), new DemonstrationSites());
    }

    @Test
    public void theIdsAreExactlySj01ToSj14() {
        Set<String> expected = IntStream.rangeClosed(1, 14).mapToObj(i -> String.format("SJ-%02d", i)).collect(Collectors.toSet());
        List<String> ids = rules().stream().map(Rule::id).toList();
        assertEquals("no ID twice: " + ids, ids.size(), new HashSet<>(ids).size());
        assertEquals(expected, new HashSet<>(ids));
    }

    @Test
    public void everyRuleHasTitlesInBothLanguages() {
        for (Rule rule : rules()) {
            assertFalse(rule.id(), rule.title().zh().isBlank());
            assertFalse(rule.id(), rule.title().en().isBlank());
            assertNotNull(rule.id(), rule.kind());
            assertNotNull(rule.id(), rule.subject());
        }
    }

    @Test
    public void theSeedFileResolves() {
        assertTrue("seed not found at " + SEED.toAbsolutePath().normalize(), Files.isRegularFile(SEED));
    }

    @Test
    public void everyClauseIsQuotedVerbatimFromTheSeed() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        String title = seed.lines().findFirst().orElseThrow().strip();
        for (Rule rule : rules()) {
            String text = rule.clause().text();
            assertFalse(rule.id(), text.isBlank());
            assertTrue(rule.id() + " quotes what the seed does not say: " + text, seed.contains(text));
            assertEquals(rule.id(), Songjiang.SOURCE, rule.clause().source());
        }
        assertTrue("the source names the seed's title", Songjiang.SOURCE.startsWith(title));
    }

    @Test
    public void everyRuleIsARuleServiceOfThePlugin() {
        // @Component is kept in the class file only; bnd writes it to OSGI-INF before the tests run
        for (Rule rule : rules()) {
            Path xml = Paths.get("target/classes/OSGI-INF/" + rule.getClass().getName() + ".xml");
            assertTrue("no component descriptor " + xml, Files.isRegularFile(xml));
            String descriptor = readQuietly(xml);
            assertTrue(rule.id(), descriptor.contains("interface=\"org.linli.policy.spi.Rule\""));
            assertTrue(rule.id(), descriptor.contains("name=\"" + Rule.PLUGIN + "\"") && descriptor.contains("value=\"" + Songjiang.ID + "\""));
        }
    }

    @Test
    public void everyDefaultIsReadableAndNamesAreUnique() {
        for (Rule rule : rules()) {
            Set<String> names = new HashSet<>();
            for (Parameter parameter : rule.parameters()) {
                assertTrue(rule.id() + "." + parameter.name(), names.add(parameter.name()));
                assertFalse(rule.id() + "." + parameter.name(), parameter.defaultValue().isBlank());
            }
            // the defaults must evaluate without a configuration error on an empty community
            rule.evaluate(Fixtures.facts(), new TestParameters(rule));
        }
    }

    @Test
    public void theDefaultConfigListsEveryParameter() throws IOException {
        Path cfg = Paths.get("../../config/dist/etc/org.linli.policy.songjiang.cfg");
        assertTrue("config not found at " + cfg.toAbsolutePath().normalize(), Files.isRegularFile(cfg));
        // Read the commented-out defaults as Karaf reads a .cfg: properties in ISO-8859-1, \\u escapes.
        java.util.Properties defaults = new java.util.Properties();
        try (java.io.Reader in = new java.io.StringReader(Files.readString(cfg, StandardCharsets.ISO_8859_1)
                .replaceAll("(?m)^#(SJ-\\d+\\.)", "$1"))) {
            defaults.load(in);
        }
        for (Rule rule : rules()) {
            for (Parameter parameter : rule.parameters()) {
                String key = rule.id() + "." + parameter.name();
                assertEquals("default of " + key + " in cfg", parameter.defaultValue(), defaults.getProperty(key));
            }
        }
    }

    private static String readQuietly(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
