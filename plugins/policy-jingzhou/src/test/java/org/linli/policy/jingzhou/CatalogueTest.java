package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;
import org.linli.policy.testkit.TestFacts;

/** Every rule of the catalogue is here once, on the plugin's page as the code has it, with its defaults shipped. */
public class CatalogueTest {
    /** The plugin's page of the policy catalogue, in the repository's docs. */
    private static final Path PAGE = Paths.get("../../docs/policies/jingzhou.md");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.jingzhou.cfg");

    static List<Rule> rules() {
        return List.of(new CommitteeElections(), new DisclosureInspections(), new ConventionProcedure(), new FourDeliberations(),
                new ServiceFacilityArea(), new ArchivesAndForms(), new WorkerPay(), new AnnualAppraisal(), new StarRating(),
                new VenturePhilanthropy(), new ServiceMenu());
    }

    @Test
    public void theIdsAreExactlyJz01ToJz11() {
        Catalogue.assertIds(rules(), Catalogue.numbered("JZ", 11));
    }

    @Test
    public void everyRuleIsDescribedInBothLanguages() {
        Catalogue.assertDescribed(rules());
    }

    @Test
    public void everyRuleIsOnItsPageAsTheCodeHasIt() {
        Catalogue.assertPage(rules(), PAGE);
    }

    @Test
    public void everyRuleIsAComponentOfThePlugin() {
        Catalogue.assertComponents(Jingzhou.ID, rules());
    }

    @Test
    public void theConfigFileShipsEveryDefault() {
        Catalogue.assertConfigLists(rules(), CONFIG);
    }

    @Test
    public void everyRuleEvaluatesAnEmptyCommunityAtItsDefaults() {
        Catalogue.assertDefaultsEvaluate(rules(), new TestFacts(Fixtures.AS_OF));
    }

    @Test
    public void theValuesOfTheConfigFileAreAscii() throws IOException {
        List<String> lines = Files.readAllLines(CONFIG, StandardCharsets.UTF_8);
        List<String> wrong = lines.stream().filter(l -> !l.startsWith("#") && l.chars().anyMatch(c -> c > 127)).collect(Collectors.toList());
        assertEquals("values must write Chinese as \\uXXXX escapes", List.of(), wrong);
    }
}
