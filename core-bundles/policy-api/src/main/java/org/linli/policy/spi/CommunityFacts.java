package org.linli.policy.spi;

import java.time.LocalDate;
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
import org.osgi.annotation.versioning.ProviderType;

/**
 * What is stored about one community, read-only, as the core registers hold it: its territory,
 * organisations, staff, affairs and requests. Rules read only what they need; the engine loads
 * each list once per evaluation, the first time a rule asks. Records carry their dates, and a
 * rule judging "as of" a day reads what was in force on {@link #asOf()}.
 */
@ProviderType
public interface CommunityFacts {

    TerritoryNode community();

    /**
     * Every record of the kind whose bean is {@code type} that belongs to the community, or, for a
     * kind that every reader sees (a contest, the service list, the pay table), every record of it:
     * any kind of record a core register keeps, including those with no accessor of their own here
     * (a community's notices: {@code records(Notice.class)}). The accessors below read the same lists.
     *
     * @throws IllegalArgumentException when no register keeps records of {@code type}
     */
    <T> List<T> records(Class<T> type);

    /** The day the community is judged on. */
    LocalDate asOf();

    /** The territory nodes of one level in the community: grids, buildings or dwellings. */
    List<TerritoryNode> nodes(TerritoryLevel level);

    /** How many households live in the community's dwellings (实际居住户数). */
    long households();

    /**
     * How many households live in each dwelling of the community, by the dwelling's node id; with
     * {@link #nodes} it places every household in its building and grid (网格).
     */
    Map<Long, Integer> householdsByDwelling();

    /** Every organisation of the community, sub-committees and social organisations included. */
    List<Organisation> organisations();

    List<Term> terms();

    List<Membership> memberships();

    List<Election> elections();

    List<Meeting> meetings();

    List<Facility> facilities();

    List<Document> documents();

    List<BudgetLine> budgetLines();

    List<Spending> spendings();

    List<Inspection> inspections();

    /** The community's talent pool (能人库), past entries included. */
    List<Talent> talents();

    /** Every venture philanthropy contest (公益微创投大赛): contests are public calls that belong to no one community, so the list is the same for every community. */
    List<VentureContest> ventureContests();

    /** The venture projects serving the community. */
    List<VentureProject> ventureProjects();

    /** The activities of those projects. */
    List<VentureActivity> ventureActivities();

    /** The whole service list (服务清单) that organisations offer communities, the same for every community. */
    List<ServiceOffer> serviceOffers();

    /** The community's orders from the service list (点单). */
    List<ServiceOrder> serviceOrders();

    List<Worker> workers();

    List<Visit> visits();

    List<Training> trainings();

    List<Appraisal> appraisals();

    List<GridAssignment> gridAssignments();

    List<Patrol> patrols();

    List<Certificate> certificates();

    /** The pay table (三岗十八级): a coefficient per post category and grade, the same everywhere. */
    List<PayGrade> payGrades();

    List<Convention> conventions();

    List<Consultation> consultations();

    List<Request> requests();

    /**
     * The service catalogue (服务目录), every service active or not with the roles that accept it;
     * it belongs to no territory node, so it is the same for every community.
     */
    List<Service> services();

    List<Dispatch> dispatches();

    List<Volunteer> volunteers();

    List<FollowUp> followUps();
}
