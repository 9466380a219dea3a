package org.linli.policy.songjiang;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;

/** The plugin's rules against the catalogue and the source document. */
public class CatalogueTest {
    private static final Path SEEDS = Paths.get("../../../shared/seeds");
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
    public void everyRuleIsDescribedInBothLanguagesAndCitesTheDocument() {
        Catalogue.assertDescribed(rules());
        Catalogue.assertSources(rules(), id -> Songjiang.SOURCE);
    }

    @Test
    public void everyClauseIsQuotedVerbatimFromTheSeed() {
        Catalogue.assertClausesQuoted(rules(), SEEDS);
    }

    @Test
    public void theSourceNamesTheSeedsTitle() throws IOException {
        String seed = Files.readString(Catalogue.seed(SEEDS, Songjiang.SOURCE), StandardCharsets.UTF_8);
        String title = seed.lines().findFirst().orElseThrow().strip();
        assertTrue("the source names the seed's title", Songjiang.SOURCE.startsWith(title));
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
