package org.linli.policy.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.affairs.Consultation;
import org.linli.affairs.Convention;
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

/**
 * A community's facts held in memory, for a rule's unit tests: fill the lists the rule reads
 * with the records the clause describes, then evaluate.
 */
public class TestFacts implements CommunityFacts {
    private final TerritoryNode community;
    private final LocalDate asOf;
    public long households;
    /** Households per dwelling node id. */
    public final Map<Long, Integer> householdsByDwelling = new HashMap<>();
    public final Map<TerritoryLevel, List<TerritoryNode>> nodes = new EnumMap<>(TerritoryLevel.class);
    public final List<Organisation> organisations = new ArrayList<>();
    public final List<Term> terms = new ArrayList<>();
    public final List<Membership> memberships = new ArrayList<>();
    public final List<Election> elections = new ArrayList<>();
    public final List<Meeting> meetings = new ArrayList<>();
    public final List<Facility> facilities = new ArrayList<>();
    public final List<Document> documents = new ArrayList<>();
    public final List<BudgetLine> budgetLines = new ArrayList<>();
    public final List<Spending> spendings = new ArrayList<>();
    public final List<Inspection> inspections = new ArrayList<>();
    public final List<Talent> talents = new ArrayList<>();
    public final List<VentureContest> ventureContests = new ArrayList<>();
    public final List<VentureProject> ventureProjects = new ArrayList<>();
    public final List<VentureActivity> ventureActivities = new ArrayList<>();
    public final List<ServiceOffer> serviceOffers = new ArrayList<>();
    public final List<ServiceOrder> serviceOrders = new ArrayList<>();
    public final List<Worker> workers = new ArrayList<>();
    public final List<Visit> visits = new ArrayList<>();
    public final List<Training> trainings = new ArrayList<>();
    public final List<Appraisal> appraisals = new ArrayList<>();
    public final List<GridAssignment> gridAssignments = new ArrayList<>();
    public final List<Patrol> patrols = new ArrayList<>();
    public final List<Certificate> certificates = new ArrayList<>();
    public final List<PayGrade> payGrades = new ArrayList<>();
    public final List<Convention> conventions = new ArrayList<>();
    public final List<Consultation> consultations = new ArrayList<>();
    public final List<Request> requests = new ArrayList<>();
    public final List<Dispatch> dispatches = new ArrayList<>();
    public final List<Service> services = new ArrayList<>();
    public final List<Volunteer> volunteers = new ArrayList<>();
    public final List<FollowUp> followUps = new ArrayList<>();
    /** The lists above by their records' class, and those of other kinds as {@link #records} makes them. */
    private final Map<Class<?>, List<?>> byType = new HashMap<>();

    /** A community with id 1, judged on {@code asOf}. */
    public TestFacts(LocalDate asOf) {
        this.community = new TerritoryNode();
        community.setId(1L);
        community.setLevel(TerritoryLevel.COMMUNITY);
        community.setCode("110101001001");
        community.setName("测试社区");
        community.setPath("/1/");
        this.asOf = asOf;
        byType.put(Organisation.class, organisations);
        byType.put(Term.class, terms);
        byType.put(Membership.class, memberships);
        byType.put(Election.class, elections);
        byType.put(Meeting.class, meetings);
        byType.put(Facility.class, facilities);
        byType.put(Document.class, documents);
        byType.put(BudgetLine.class, budgetLines);
        byType.put(Spending.class, spendings);
        byType.put(Inspection.class, inspections);
        byType.put(Talent.class, talents);
        byType.put(VentureContest.class, ventureContests);
        byType.put(VentureProject.class, ventureProjects);
        byType.put(VentureActivity.class, ventureActivities);
        byType.put(ServiceOffer.class, serviceOffers);
        byType.put(ServiceOrder.class, serviceOrders);
        byType.put(Worker.class, workers);
        byType.put(Visit.class, visits);
        byType.put(Training.class, trainings);
        byType.put(Appraisal.class, appraisals);
        byType.put(GridAssignment.class, gridAssignments);
        byType.put(Patrol.class, patrols);
        byType.put(Certificate.class, certificates);
        byType.put(PayGrade.class, payGrades);
        byType.put(Convention.class, conventions);
        byType.put(Consultation.class, consultations);
        byType.put(Request.class, requests);
        byType.put(Dispatch.class, dispatches);
        byType.put(Service.class, services);
        byType.put(Volunteer.class, volunteers);
        byType.put(FollowUp.class, followUps);
    }

    /** Adds a territory node of {@code level} under the community, with the next free id. */
    public TerritoryNode node(TerritoryLevel level, String name) {
        TerritoryNode node = new TerritoryNode();
        node.setId(1000L + nodes.values().stream().mapToInt(List::size).sum());
        node.setLevel(level);
        node.setName(name);
        nodes.computeIfAbsent(level, l -> new ArrayList<>()).add(node);
        return node;
    }

    @Override
    public TerritoryNode community() {
        return community;
    }

    /** The list of {@code type}'s records, the same as its field above where there is one; add to it what a rule reads. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> records(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> new ArrayList<>());
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<TerritoryNode> nodes(TerritoryLevel level) {
        return nodes.getOrDefault(level, List.of());
    }

    @Override
    public long households() {
        return households;
    }

    @Override
    public Map<Long, Integer> householdsByDwelling() {
        return householdsByDwelling;
    }
}
