package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.beijing.Fixtures.AS_OF;
import static org.linli.policy.beijing.Fixtures.assertCommunity;
import static org.linli.policy.beijing.Fixtures.assertVerdict;
import static org.linli.policy.beijing.Fixtures.only;

import java.time.LocalDate;
import org.junit.Test;
import org.linli.organisations.Facility;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ServiceCircleTest {
    private final ServiceCircle rule = new ServiceCircle();
    private final TestFacts facts = new TestFacts(AS_OF);

    private void facility(Organisation organisation, String kind, LocalDate since) {
        Facility f = new Facility();
        f.setId(Fixtures.id());
        f.setOrganisationId(organisation.getId());
        f.setKind(kind);
        f.setSince(since);
        facts.facilities.add(f);
    }

    @Test
    public void anUrbanCommunityWithAServiceStationIsCovered() {
        facility(Fixtures.committee(facts), "service-station", LocalDate.of(2019, 1, 1));
        Outcome outcome = only(rule.evaluate(facts, new TestParameters(rule)));
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("true", outcome.facts().get("covered"));
        assertEquals("95", outcome.facts().get(ServiceCircle.TARGET));
    }

    @Test
    public void anUrbanCommunityWithoutOneIsNotCovered() {
        facility(Fixtures.committee(facts), "office", LocalDate.of(2019, 1, 1));
        Outcome outcome = only(rule.evaluate(facts, new TestParameters(rule)));
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("false", outcome.facts().get("covered"));
    }

    @Test
    public void aStationOpenedAfterTheDayJudgedDoesNotCoverIt() {
        facility(Fixtures.committee(facts), "service-station", AS_OF.plusDays(1));
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule))));
    }

    @Test
    public void aDistrictMayCountOtherFacilities() {
        facility(Fixtures.committee(facts), "volunteer-station", LocalDate.of(2019, 1, 1));
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts, new TestParameters(rule))));
        Outcome outcome = only(rule.evaluate(facts, new TestParameters(rule)
                .with(ServiceCircle.FACILITY_KINDS, "service-station,volunteer-station").with(ServiceCircle.TARGET, "98")));
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("98", outcome.facts().get(ServiceCircle.TARGET));
    }

    @Test
    public void aVillageIsNotAnUrbanCommunity() {
        Organisation village = Fixtures.organisation(facts, OrganisationKind.VILLAGE_COMMITTEE, "某村委会", null, null);
        facility(village, "service-station", LocalDate.of(2019, 1, 1));
        assertCommunity(Verdict.NOT_APPLICABLE, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void withoutACommitteeDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }
}
