package org.linli.policy.beijing;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;
import org.linli.policy.testkit.TestFacts;

/** Every rule of the catalogue is here once, with its titles, a clause quoted word for word, and its defaults shipped. */
public class CatalogueTest {
    private static final Path SEEDS = Paths.get("../../../shared/seeds");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.beijing.cfg");

    static List<Rule> rules() {
        return List.of(new SubCommitteeKinds(), new SubCommitteeSize(), new SubCommitteeChair(), new ResidentRepresentatives(),
                new SubCommitteeElection(), new JointPosts(), new CoordinationPlenaries(), new WeeklyVisits(), new FormsPerDepartment(),
                new AutonomyList(), new FundConsultation(), new ResidentsConvention(), new ServiceCircle(), new WhistleDispatch(),
                new SatisfactionAppraisal());
    }

    @Test
    public void theIdsAreBj01ToBj15() {
        Catalogue.assertIds(rules(), Catalogue.numbered("BJ", 15));
    }

    @Test
    public void everyRuleIsDescribedAndCitesTheArticle() {
        Catalogue.assertDescribed(rules());
        Catalogue.assertSources(rules(), id -> Beijing.SOURCE);
    }

    @Test
    public void everyClauseIsQuotedWordForWord() {
        Catalogue.assertClausesQuoted(rules(), SEEDS);
    }

    @Test
    public void everyRuleIsAComponentOfThePlugin() {
        Catalogue.assertComponents(Beijing.ID, rules());
    }

    @Test
    public void theConfigFileShipsEveryDefault() {
        Catalogue.assertConfigLists(rules(), CONFIG);
    }

    @Test
    public void everyRuleEvaluatesAnEmptyCommunityAtItsDefaults() {
        Catalogue.assertDefaultsEvaluate(rules(), new TestFacts(Fixtures.AS_OF));
    }
}
