package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.only;

import org.junit.Test;
import org.linli.organisations.Facility;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ServiceFacilityAreaTest {
    private final ServiceFacilityArea rule = new ServiceFacilityArea();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);

    private Facility facility(String kind, String area) {
        Facility f = new Facility();
        f.setId(Fixtures.id());
        f.setOrganisationId(committee.getId());
        f.setKind(kind);
        f.setName(kind);
        f.setArea(area == null ? null : Fixtures.decimal(area));
        facts.facilities.add(f);
        return f;
    }

    private Outcome judge() {
        return judge(new TestParameters(rule));
    }

    private Outcome judge(Parameters parameters) {
        return only(rule.evaluate(facts, parameters));
    }

    @Test
    public void exactlyThirtyPerHundredHouseholdsPasses() {
        facts.households = 2000;
        facility("premises", "600");
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("30", outcome.facts().get("areaPer100Households"));
        assertEquals("2000", outcome.facts().get("households"));
    }

    @Test
    public void justBelowThirtyFails() {
        facts.households = 2000;
        facility("premises", "599.99");
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("29.99", outcome.facts().get("areaPer100Households"));
    }

    @Test
    public void aFigureJustBelowIsCutNotRoundedUpToTheMinimum() {
        facts.households = 3;
        facility("premises", "0.8999");
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("29.99", outcome.facts().get("areaPer100Households"));
    }

    @Test
    public void severalPremisesAddUp() {
        facts.households = 1000;
        facility("premises", "200");
        facility("premises", "100");
        assertVerdict(Verdict.PASS, judge());
    }

    @Test
    public void otherKindsAreNotCountedUnlessTheDistrictSaysSo() {
        facts.households = 1000;
        facility("premises", "200");
        facility("service-station", "100");
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(ServiceFacilityArea.KINDS, "premises,service-station")));
    }

    @Test
    public void aDistrictMaySetItsOwnFigure() {
        facts.households = 1000;
        facility("premises", "250");
        assertVerdict(Verdict.FAIL, judge());
        assertVerdict(Verdict.PASS, judge(new TestParameters(rule).with(ServiceFacilityArea.MIN, "25")));
        assertVerdict(Verdict.FAIL, judge(new TestParameters(rule).with(ServiceFacilityArea.MIN, "25.01")));
    }

    @Test
    public void aFacilityNotYetInUseIsNotCounted() {
        facts.households = 1000;
        facility("premises", "300").setSince(AS_OF.plusDays(1));
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void withoutHouseholdsDataIsMissing() {
        facility("premises", "600");
        Outcome outcome = judge();
        assertVerdict(Verdict.MISSING_DATA, outcome);
        assertEquals(Long.valueOf(1L), outcome.subject().id());
    }

    @Test
    public void withoutAnAreaDataIsMissing() {
        facts.households = 1000;
        facility("premises", null);
        assertVerdict(Verdict.MISSING_DATA, judge());
    }

    @Test
    public void anEmptyCommunityIsMissingData() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(new TestFacts(AS_OF), new TestParameters(rule)));
    }
}
