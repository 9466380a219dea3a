package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

/** Every rule of the catalogue is here once, on the plugin's page as the code has it, with its defaults shipped. */
public class CatalogueTest {
    /** The plugin's page of the policy catalogue, in the repository's docs. */
    private static final Path PAGE = Paths.get("../../docs/policies/dongying.md");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.dongying.cfg");

    static List<Rule> rules() {
        return List.of(new GridCoverage(), new GridSize(), new GridStaffing(), new DailyPatrol(), new ResponsibilityChain(),
                new OneGridLayer(), new ThreeLists(), new OneWindow(), new CertificatesAndDuties());
    }

    @Test
    public void theIdsAreDy01ToDy09() {
        Catalogue.assertIds(rules(), Catalogue.numbered("DY", 9));
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
        Catalogue.assertComponents(Dongying.ID, rules());
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
    public void theGridNumbersAreTheDocumentsDefaults() {
        TestParameters size = new TestParameters(new GridSize());
        assertEquals(250, size.integer(GridSize.MIN));
        assertEquals(300, size.integer(GridSize.MAX));
    }
}
