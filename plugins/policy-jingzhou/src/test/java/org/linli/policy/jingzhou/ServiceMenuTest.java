package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldError;
import org.linli.common.Identified;
import org.linli.organisations.OfferPricing;
import org.linli.organisations.OrderStatus;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class ServiceMenuTest {
    private final ServiceMenu rule = new ServiceMenu();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final Organisation committee = Fixtures.committee(facts);
    private final Organisation socialWorkers = Fixtures.organisation(facts, OrganisationKind.SOCIAL_ORGANISATION, "欣和社工", "professional-service");
    private final ServiceOffer counselling = offer(socialWorkers, "心理疏导");

    private ServiceOffer offer(Organisation provider, String title) {
        ServiceOffer o = new ServiceOffer();
        o.setId(Fixtures.id());
        o.setOrganisationId(provider.getId());
        o.setTitle(title);
        o.setCategory("心理服务");
        o.setPricing(OfferPricing.FREE);
        o.setOfferedFrom(LocalDate.of(2026, 1, 1));
        facts.serviceOffers.add(o);
        return o;
    }

    private ServiceOrder order(Organisation orderer, LocalDate wantedBy, OrderStatus status, Integer served) {
        ServiceOrder o = new ServiceOrder();
        o.setId(Fixtures.id());
        o.setOfferId(counselling.getId());
        o.setOrganisationId(orderer.getId());
        o.setProviderOrganisationId(socialWorkers.getId());
        o.setOrderedOn(LocalDate.of(2026, 4, 1));
        o.setWantedBy(wantedBy);
        o.setStatus(status);
        if (status == OrderStatus.DELIVERED) {
            o.setDeliveredOn(LocalDate.of(2026, 4, 20));
            o.setBeneficiaries(served);
        }
        facts.serviceOrders.add(o);
        return o;
    }

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void deliveredOrdersPassWithThePeopleServed() {
        order(committee, LocalDate.of(2026, 4, 30), OrderStatus.DELIVERED, 18);
        order(committee, LocalDate.of(2026, 4, 30), OrderStatus.DELIVERED, 7);
        order(committee, AS_OF.plusDays(10), OrderStatus.ORDERED, null);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("3", outcome.facts().get("orders"));
        assertEquals("2", outcome.facts().get("delivered"));
        assertEquals("25", outcome.facts().get("served"));
    }

    @Test
    public void anOrderNotDeliveredByTheDayNeededFails() {
        order(committee, AS_OF.minusDays(1), OrderStatus.ORDERED, null);
        order(committee, AS_OF.minusDays(1), OrderStatus.CANCELLED, null);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("1", outcome.facts().get("overdue"));
        assertTrue(outcome.message().zh(), outcome.message().zh().contains("心理疏导"));
    }

    @Test
    public void anOrderByAnotherKindOfOrganisationFails() {
        Organisation owners = Fixtures.organisation(facts, OrganisationKind.OWNERS_COMMITTEE, "阳光小区业委会", null);
        order(owners, null, OrderStatus.ORDERED, null);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aCommunityThatOrderedNothingIsNotJudged() {
        Outcome outcome = judge();
        assertVerdict(Verdict.NOT_APPLICABLE, outcome);
        assertEquals("1", outcome.facts().get("offersOnList"));
    }

    @Test
    public void anEmptyListLacksData() {
        counselling.setOfferedUntil(AS_OF.minusDays(1));
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    private <T> List<FieldError> write(Class<T> kind, T record, T stored, Identified... others) {
        return Fixtures.review(rule, facts, kind, record, stored, others);
    }

    @Test
    public void theHookListsOnlySocialOrganisationsOffers() {
        Organisation company = Fixtures.organisation(facts, OrganisationKind.PROPERTY_COMPANY, "万家物业", null);
        List<FieldError> refusals = write(ServiceOffer.class, offer(company, "上门维修"), null, company);
        assertEquals(1, refusals.size());
        assertEquals("organisationId", refusals.get(0).field());
        assertEquals("not_provider", refusals.get(0).code());
        assertEquals(List.of(), write(ServiceOffer.class, counselling, null, socialWorkers));
    }

    @Test
    public void theHookTakesOrdersFromTheCommunityAndClosesThemForGood() {
        Organisation owners = Fixtures.organisation(facts, OrganisationKind.OWNERS_COMMITTEE, "阳光小区业委会", null);
        assertEquals("not_orderer", write(ServiceOrder.class, order(owners, null, OrderStatus.ORDERED, null), null, owners).get(0).code());
        ServiceOrder cancelled = order(committee, null, OrderStatus.CANCELLED, null);
        ServiceOrder revived = order(committee, null, OrderStatus.ORDERED, null);
        List<FieldError> refusals = write(ServiceOrder.class, revived, cancelled, committee);
        assertEquals(1, refusals.size());
        assertEquals("closed", refusals.get(0).code());
        ServiceOrder open = order(committee, null, OrderStatus.ORDERED, null);
        assertEquals(List.of(), write(ServiceOrder.class, order(committee, null, OrderStatus.DELIVERED, 9), open, committee));
    }

    @Test
    public void theKindsAreParameters() {
        Organisation owners = Fixtures.organisation(facts, OrganisationKind.OWNERS_COMMITTEE, "阳光小区业委会", null);
        order(owners, null, OrderStatus.ORDERED, null);
        TestParameters parameters = new TestParameters(rule).with(ServiceMenu.ORDERER_KINDS, "RESIDENTS_COMMITTEE,OWNERS_COMMITTEE");
        assertVerdict(Verdict.PASS, only(rule.evaluate(facts, parameters)));
    }
}
