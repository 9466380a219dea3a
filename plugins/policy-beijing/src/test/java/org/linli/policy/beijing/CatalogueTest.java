package org.linli.policy.beijing;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;
import org.linli.policy.spi.Rule;
import org.linli.policy.testkit.Catalogue;
import org.linli.policy.testkit.TestFacts;

/** Every rule of the catalogue is here once, on the plugin's page as the code has it, with its defaults shipped. */
public class CatalogueTest {
    /** The plugin's page of the policy catalogue, in the repository's docs. */
    private static final Path PAGE = Paths.get("../../docs/policies/beijing.md");
    private static final Path CONFIG = Paths.get("../../config/dist/etc/org.linli.policy.beijing.cfg");

    static List<Rule> rules() {
        return List.of(new SubCommitteeKinds(), new SubCommitteeSize(), new SubCommitteeChair(), new ResidentRepresentatives(),
                new SubCommitteeElection(), new JointPosts(), new CoordinationPlenaries(), new WeeklyVisits(), new FormsPerDepartment(),
                new AutonomyList(), new FundConsultation(), new ResidentsConvention(), new ServiceCircle(), new WhistleDispatch(java.time.Clock.systemDefaultZone()),
                new SatisfactionAppraisal());
    }

    @Test
    public void theIdsAreBj01ToBj15() {
        Catalogue.assertIds(rules(), Catalogue.numbered("BJ", 15));
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
