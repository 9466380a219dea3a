package org.linli.policy.songjiang;


import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;

/** Every rule of the catalogue is here once, on the plugin's page as the code has it, with its defaults shipped. */
public class CatalogueTest {
    /** The plugin's page of the policy catalogue, in the repository's docs. */
    private static final Path PAGE = Paths.get("../../docs/policies/songjiang.md");
    /** The defaults ship commented out, as {@code #SJ-01.households = 1500}; the catalogue checks read them as values. */
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.songjiang.cfg");

    static List<Rule> rules() {
        return List.of(new ManagementScale(), new OwnCommitteeAtOccupancy(), new PremisesArea(), new RoomsStationsBoards(),
                new FiveUniformItems(), new SubCommittees(), new PublicDisclosure(), new WorkRules(), new RequestFlow(),
                new CommitteeSize(), new TrainingFrequency(), new Funding(), new AdmissionList(), new DemonstrationSites());
    }

    @Test
    public void theIdsAreExactlySj01ToSj14() {
        Catalogue.assertIds(rules(), Catalogue.numbered("SJ", 14));
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
    public void everyRuleIsARuleServiceOfThePlugin() {
        Catalogue.assertComponents(Songjiang.ID, rules());
    }

    @Test
    public void theDefaultConfigListsEveryParameter() {
        Catalogue.assertConfigLists(rules(), CONFIG);
    }

    @Test
    public void theDefaultsEvaluateWithoutAConfigurationError() {
        Catalogue.assertDefaultsEvaluate(rules(), Fixtures.facts());
    }
}
