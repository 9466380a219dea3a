package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.organisations.OrderStatus;
import org.linli.organisations.Organisation;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.records.RecordWrite;
import org.osgi.service.component.annotations.Component;

/**
 * JZ-11, “点单”式公益服务: professional social organisations publish a list of services they give
 * free or at low cost (公益或低偿服务清单), and communities order from it as they need (点单).
 * <p>
 * Workflow: a hook on the service list takes offers only from organisations of a kind in
 * {@code providerKinds} (default social organisations; field {@code organisationId}, code
 * {@code not_provider}); a hook on orders takes them only from organisations of a kind in
 * {@code ordererKinds} (default residents' and village committees, the community itself;
 * {@code organisationId}: {@code not_orderer}), and moves a stored order from ORDERED to DELIVERED
 * or CANCELLED and no further ({@code status}: {@code closed}). The register already keeps orders
 * to the days an offer is on the list.
 * <p>
 * Evaluation, per community, of its orders placed by the day judged: an order still ORDERED after
 * the day the community needed it by ({@code wantedBy}) FAILs the community, as does an order
 * placed by an organisation the order hook refuses (stored before the plugin governed); otherwise PASS with the orders delivered and the people served. A
 * community that ordered nothing is NOT_APPLICABLE; when the list has no offer on the day judged,
 * MISSING_DATA.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class ServiceMenu extends BaseRule {
    static final String PROVIDER_KINDS = "providerKinds";
    static final String ORDERER_KINDS = "ordererKinds";

    public ServiceMenu() {
        super("JZ-11", RuleKind.WORKFLOW, SubjectKind.COMMUNITY,
                Text.of("社会组织提供公益或低偿服务清单,社区根据需求“点单”",
                        "Social organisations list free or low-cost services; communities order from the list"),
                new Clause(Jingzhou.SOURCE, "由专业社会组织提供公益或低偿服务清单,社区根据需求“点单”"),
                new Parameter(PROVIDER_KINDS, "SOCIAL_ORGANISATION", Text.of("可提供服务清单的组织类别(逗号分隔)",
                        "Kinds of organisation that may put services on the list (comma-separated)")),
                new Parameter(ORDERER_KINDS, "RESIDENTS_COMMITTEE,VILLAGE_COMMITTEE", Text.of("代表社区点单的组织类别(逗号分隔)",
                        "Kinds of organisation that order for the community (comma-separated)")));
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new OfferHook(), new OrderHook());
    }

    private static final class OfferHook implements RecordHook<ServiceOffer> {
        @Override
        public Class<ServiceOffer> recordClass() {
            return ServiceOffer.class;
        }

        @Override
        public void review(RecordWrite<ServiceOffer> write, CommunityFacts community, Parameters parameters) {
            write.find(Organisation.class, write.record().getOrganisationId())
                    .flatMap(provider -> reviewProvider(provider, parameters.list(PROVIDER_KINDS)))
                    .ifPresent(r -> write.refuse(r.field(), r.code(), r.message()));
        }
    }

    private static final class OrderHook implements RecordHook<ServiceOrder> {
        @Override
        public Class<ServiceOrder> recordClass() {
            return ServiceOrder.class;
        }

        @Override
        public void review(RecordWrite<ServiceOrder> write, CommunityFacts community, Parameters parameters) {
            ServiceOrder order = write.record();
            write.find(Organisation.class, order.getOrganisationId())
                    .flatMap(orderer -> reviewOrderer(orderer, parameters.list(ORDERER_KINDS)))
                    .ifPresent(r -> write.refuse(r.field(), r.code(), r.message()));
            write.stored().filter(stored -> stored.getStatus() != OrderStatus.ORDERED && stored.getStatus() != order.getStatus())
                    .ifPresent(stored -> write.refuse("status", "closed", "订单已" + (stored.getStatus() == OrderStatus.DELIVERED ? "提供" : "取消")
                            + ",状态不能再改 / the order is " + stored.getStatus() + " and stays so"));
        }
    }

    static Optional<Refusal> reviewProvider(Organisation provider, List<String> kinds) {
        return kinds.contains(provider.getKind().name()) ? Optional.empty()
                : Optional.of(new Refusal("organisationId", "not_provider", provider.getName() + "不是可提供服务清单的组织(" + String.join("、", kinds) + ")"
                        + " / " + provider.getName() + " is a " + provider.getKind() + "; services are listed by " + String.join(" or ", kinds)));
    }

    static Optional<Refusal> reviewOrderer(Organisation orderer, List<String> kinds) {
        return kinds.contains(orderer.getKind().name()) ? Optional.empty()
                : Optional.of(new Refusal("organisationId", "not_orderer", "应由社区(" + String.join("、", kinds) + ")点单,不是" + orderer.getName()
                        + " / the community orders, through a " + String.join(" or ", kinds) + "; " + orderer.getName() + " is a " + orderer.getKind()));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        LocalDate asOf = facts.asOf();
        Map<Long, ServiceOffer> offers = facts.serviceOffers().stream().collect(Collectors.toMap(ServiceOffer::getId, Function.identity()));
        List<ServiceOrder> orders = facts.serviceOrders().stream().filter(o -> CommunityReadings.by(o.getOrderedOn(), asOf)).toList();
        long onList = offers.values().stream()
                .filter(o -> CommunityReadings.sitting(o.getOfferedFrom(), o.getOfferedUntil(), asOf)).count();
        if (orders.isEmpty()) {
            return List.of(onList == 0
                    ? Outcome.missingData(CommunityReadings.community(facts), "服务清单在" + asOf + "没有可点的服务",
                            "the service list has no offer on " + asOf)
                    : Outcome.notApplicable(CommunityReadings.community(facts), facts.community().getName() + "尚未点单(清单上有" + onList + "项服务)",
                            facts.community().getName() + " has ordered nothing; the list has " + onList + " offers").fact("offersOnList", onList));
        }
        List<String> ordererKinds = parameters.list(ORDERER_KINDS);
        List<String> wrong = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<String> lateEn = new ArrayList<>();
        int delivered = 0;
        int served = 0;
        for (ServiceOrder order : orders) {
            ServiceOffer offer = offers.get(order.getOfferId());
            String name = offer == null ? "#" + order.getOfferId() : offer.getTitle();
            CommunityReadings.organisation(facts, order.getOrganisationId())
                    .flatMap(orderer -> reviewOrderer(orderer, ordererKinds)).ifPresent(r -> wrong.add(name + ": " + r.message()));
            boolean deliveredBy = order.getStatus() == OrderStatus.DELIVERED && CommunityReadings.by(order.getDeliveredOn(), asOf);
            if (deliveredBy) {
                delivered++;
                served += order.getBeneficiaries() == null ? 0 : order.getBeneficiaries();
            } else if (order.getStatus() != OrderStatus.CANCELLED && order.getWantedBy() != null && order.getWantedBy().isBefore(asOf)) {
                late.add(name + "(" + order.getOrderedOn() + "点单,需于" + order.getWantedBy() + "前提供)");
                lateEn.add(name + " (ordered " + order.getOrderedOn() + ", needed by " + order.getWantedBy() + ")");
            }
        }
        Outcome outcome;
        if (!wrong.isEmpty()) {
            outcome = Outcome.fail(CommunityReadings.community(facts), "点单不合规程:" + String.join(";", wrong),
                    "orders break the service list's procedure: " + String.join("; ", wrong));
        } else if (!late.isEmpty()) {
            outcome = Outcome.fail(CommunityReadings.community(facts), "已点单的服务逾期未提供:" + String.join(";", late),
                    late.size() + " ordered services were not delivered by the day needed: " + String.join("; ", lateEn));
        } else {
            outcome = Outcome.pass(CommunityReadings.community(facts), facts.community().getName() + "点单" + orders.size() + "项,已提供" + delivered
                    + "项,服务" + served + "人次", facts.community().getName() + " ordered " + orders.size() + " services, "
                    + delivered + " delivered, serving " + served + " people");
        }
        return List.of(outcome.fact("orders", orders.size()).fact("delivered", delivered).fact("overdue", late.size())
                .fact("served", served).fact("offersOnList", onList));
    }
}
