package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;
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

    @Test
    public void theIdsAreDy01ToDy09() {
        Catalogue.assertIds(rules(), Catalogue.numbered("DY", 9));
    }

    @Test
    public void everyRuleIsDescribedAndCitesItsSource() {
        Catalogue.assertDescribed(rules());
        Catalogue.assertSources(rules(), SOURCES::get);
    }

    @Test
    public void theSourcesNameTheSeeds() {
        assertEquals(SEEDS.resolve("004_c304ee94e99ab5ae.txt"), Catalogue.seed(SEEDS, Dongying.SOURCE_GRIDS));
        assertEquals(SEEDS.resolve("001_6a22126cbfa9a533.txt"), Catalogue.seed(SEEDS, Dongying.SOURCE_SERVICES));
    }

    @Test
    public void everyClauseIsQuotedWordForWordFromItsSeed() {
        Catalogue.assertClausesQuoted(rules(), SEEDS);
    }

    @Test
    public void theSourceTitlesAreTheSeedsOwnWords() throws IOException {
        assertTrue(Files.readString(Catalogue.seed(SEEDS, Dongying.SOURCE_GRIDS), StandardCharsets.UTF_8).contains("社区服务创新发展工作意见"));
        String services = Files.readString(Catalogue.seed(SEEDS, Dongying.SOURCE_SERVICES), StandardCharsets.UTF_8);
        assertTrue(services.contains("推进社区治理体系和治理能力现代化") && services.contains("东营市民政局 赵永刚"));
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
