package org.linli.policy.beijing;

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
import org.linli.policy.testkit.TestParameters;

/** Every rule of the catalogue is here once, with its titles, a clause quoted word for word, and its defaults shipped. */
public class CatalogueTest {
    private static final Path SEED = Paths.get("../../../shared/seeds/000_e085db715d2ac364.txt");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.beijing.cfg");

    static List<Rule> rules() {
        return List.of(new SubCommitteeKinds(), new SubCommitteeSize(), new SubCommitteeChair(), new ResidentRepresentatives(),
                new SubCommitteeElection(), new JointPosts(), new CoordinationPlenaries(), new WeeklyVisits(), new FormsPerDepartment(),
                new AutonomyList(), new FundConsultation(), new ResidentsConvention(), new ServiceCircle(), new WhistleDispatch(),
                new SatisfactionAppraisal());
    }

    @Test
    public void theIdsAreBj01ToBj15() {
        Set<String> expected = IntStream.rangeClosed(1, 15).mapToObj(i -> String.format("BJ-%02d", i)).collect(Collectors.toSet());
        List<String> ids = rules().stream().map(Rule::id).toList();
        assertEquals(15, ids.size());
        assertEquals(expected, new HashSet<>(ids));
    }

    @Test
    public void everyRuleHasTitlesKindAndSubject() {
        for (Rule rule : rules()) {
            assertFalse(rule.id() + " zh title", rule.title().zh().isBlank());
            assertFalse(rule.id() + " en title", rule.title().en().isBlank());
            assertNotNull(rule.id() + " kind", rule.kind());
            assertNotNull(rule.id() + " subject", rule.subject());
            assertEquals(rule.id() + " source", Beijing.SOURCE, rule.clause().source());
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
            assertTrue(rule.id() + " names the plugin", xml.contains("name=\"linli.policy.plugin\" type=\"String\" value=\"beijing\""));
            assertTrue(rule.id() + " is public, as DS requires", java.lang.reflect.Modifier.isPublic(type.getModifiers()));
        }
    }

    @Test
    public void everyParameterHasADefaultThatReadsAndIsShippedInTheConfigFile() throws IOException {
        Properties shipped = new Properties();
        try (var reader = Files.newBufferedReader(CONFIG, StandardCharsets.UTF_8)) {
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
            assertFalse(rule.id(), rule.evaluate(new org.linli.policy.testkit.TestFacts(Fixtures.AS_OF), parameters).isEmpty());
        }
        assertEquals("the config file lists exactly the declared parameters", declared, shipped.stringPropertyNames());
    }
}
