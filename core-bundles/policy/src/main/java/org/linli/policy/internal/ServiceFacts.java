package org.linli.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.linli.affairs.Consultation;
import org.linli.affairs.Convention;
import org.linli.common.Identified;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.common.Records;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Document;
import org.linli.organisations.Election;
import org.linli.organisations.Facility;
import org.linli.organisations.Inspection;
import org.linli.organisations.Meeting;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.organisations.Spending;
import org.linli.organisations.Talent;
import org.linli.organisations.Term;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;
import org.linli.policy.spi.CommunityFacts;
import org.linli.population.FollowUp;
import org.linli.population.Volunteer;
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.residents.Household;
import org.linli.residents.HouseholdQuery;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.services.Dispatch;
import org.linli.services.Request;
import org.linli.services.Service;
import org.linli.staff.Appraisal;
import org.linli.staff.Certificate;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.PayGrade;
import org.linli.staff.Training;
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;

/**
 * A community's facts read through the core registers, each list once, when a rule first asks.
 * The engine has checked that the caller may see the community; the lists are read as the engine
 * itself, so that a rule sees the whole community whatever the caller's own register rights are.
 */
final class ServiceFacts implements CommunityFacts {
    private static final Caller ENGINE = Caller.system("policy");

    private final CoreRegisters core;
    private final TerritoryNode community;
    private final LocalDate asOf;
    private final Map<String, List<?>> loaded = new HashMap<>();
    private final Map<TerritoryLevel, List<TerritoryNode>> nodes = new EnumMap<>(TerritoryLevel.class);
    private Long households;
    private Map<Long, Integer> householdsByDwelling;

    ServiceFacts(CoreRegisters core, TerritoryNode community, LocalDate asOf) {
        this.core = core;
        this.community = community;
        this.asOf = asOf;
    }

    @Override
    public TerritoryNode community() {
        return community;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public synchronized List<TerritoryNode> nodes(TerritoryLevel level) {
        return nodes.computeIfAbsent(level, l -> asEngine(() -> {
            List<TerritoryNode> all = new ArrayList<>();
            for (int page = 0; ; page++) {
                Page<TerritoryNode> found = core.territory.search(
                        new TerritoryQuery(null, community.getId(), l, null, null), new PageRequest(page, PageRequest.MAX_SIZE));
                // A grid closed by a grid plan keeps its history but is no longer part of the community.
                found.items().stream().filter(n -> n.getClosedOn() == null || n.getClosedOn().isAfter(asOf())).forEach(all::add);
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                    return List.copyOf(all);
                }
            }
        }));
    }

    @Override
    public synchronized long households() {
        if (households == null) {
            households = asEngine(() -> core.households.search(new HouseholdQuery(null, community.getId()),
                    new PageRequest(0, 1)).total());
        }
        return households;
    }

    @Override
    public synchronized Map<Long, Integer> householdsByDwelling() {
        if (householdsByDwelling == null) {
            householdsByDwelling = asEngine(() -> {
                Map<Long, Integer> counts = new HashMap<>();
                for (int page = 0; ; page++) {
                    Page<Household> found = core.households.search(new HouseholdQuery(null, community.getId()),
                            new PageRequest(page, PageRequest.MAX_SIZE));
                    found.items().forEach(household -> counts.merge(household.getDwellingId(), 1, Integer::sum));
                    if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                        return Map.copyOf(counts);
                    }
                }
            });
        }
        return householdsByDwelling;
    }

    @Override
    public List<Organisation> organisations() {
        return records(Organisation.class);
    }

    @Override
    public List<Term> terms() {
        return records(Term.class);
    }

    @Override
    public List<Membership> memberships() {
        return records(Membership.class);
    }

    @Override
    public List<Election> elections() {
        return records(Election.class);
    }

    @Override
    public List<Meeting> meetings() {
        return records(Meeting.class);
    }

    @Override
    public List<Facility> facilities() {
        return records(Facility.class);
    }

    @Override
    public List<Document> documents() {
        return records(Document.class);
    }

    @Override
    public List<BudgetLine> budgetLines() {
        return records(BudgetLine.class);
    }

    @Override
    public List<Spending> spendings() {
        return records(Spending.class);
    }

    @Override
    public List<Inspection> inspections() {
        return records(Inspection.class);
    }

    @Override
    public List<Talent> talents() {
        return records(Talent.class);
    }

    @Override
    public List<VentureContest> ventureContests() {
        return records(VentureContest.class);
    }

    @Override
    public List<VentureProject> ventureProjects() {
        return records(VentureProject.class);
    }

    @Override
    public List<VentureActivity> ventureActivities() {
        return records(VentureActivity.class);
    }

    @Override
    public List<ServiceOffer> serviceOffers() {
        return records(ServiceOffer.class);
    }

    @Override
    public List<ServiceOrder> serviceOrders() {
        return records(ServiceOrder.class);
    }

    @Override
    public List<Worker> workers() {
        return records(Worker.class);
    }

    @Override
    public List<Visit> visits() {
        return records(Visit.class);
    }

    @Override
    public List<Training> trainings() {
        return records(Training.class);
    }

    @Override
    public List<Appraisal> appraisals() {
        return records(Appraisal.class);
    }

    @Override
    public List<GridAssignment> gridAssignments() {
        return records(GridAssignment.class);
    }

    @Override
    public List<Patrol> patrols() {
        return records(Patrol.class);
    }

    @Override
    public List<Certificate> certificates() {
        return records(Certificate.class);
    }

    @Override
    public List<PayGrade> payGrades() {
        return records(PayGrade.class);
    }

    @Override
    public List<Convention> conventions() {
        return records(Convention.class);
    }

    @Override
    public List<Consultation> consultations() {
        return records(Consultation.class);
    }

    @Override
    public List<Request> requests() {
        return records(Request.class);
    }

    @Override
    public List<Service> services() {
        return records(Service.class);
    }

    @Override
    public List<Dispatch> dispatches() {
        return records(Dispatch.class);
    }

    @Override
    public List<Volunteer> volunteers() {
        return records(Volunteer.class);
    }

    @Override
    public List<FollowUp> followUps() {
        return records(FollowUp.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> records(Class<T> type) {
        for (Register register : core.registers()) {
            for (RecordStore<?> store : register.stores()) {
                if (store.description().bean() == type) {
                    // A kind every reader sees belongs to no community: read whole.
                    boolean scoped = store.description().filters().stream().anyMatch(f -> f.name().equals(JpaRecords.NODE_FILTER));
                    return (List<T>) read(type.getName(), store,
                            scoped ? Map.of(JpaRecords.NODE_FILTER, String.valueOf(community.getId())) : Map.of());
                }
            }
        }
        throw new IllegalArgumentException("no core register keeps records of " + type.getName());
    }

    @SuppressWarnings("unchecked")
    private synchronized <T extends Identified> List<T> read(String name, Records<T> records, Map<String, String> filter) {
        return (List<T>) loaded.computeIfAbsent(name, n -> asEngine(() -> {
            List<T> all = new ArrayList<>();
            for (int page = 0; ; page++) {
                Page<T> found = records.search(filter, new PageRequest(page, PageRequest.MAX_SIZE));
                all.addAll(found.items());
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                    return List.copyOf(all);
                }
            }
        }));
    }

    private static <R> R asEngine(Supplier<R> work) {
        return CallerContext.callAs(ENGINE, work);
    }
}
