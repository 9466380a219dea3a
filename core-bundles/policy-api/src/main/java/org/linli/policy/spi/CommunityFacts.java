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
     * (a community's notices: {@code records(Notice.class)}). The accessors below are this reading.
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
    default List<Organisation> organisations() {
        return records(Organisation.class);
    }

    default List<Term> terms() {
        return records(Term.class);
    }

    default List<Membership> memberships() {
        return records(Membership.class);
    }

    default List<Election> elections() {
        return records(Election.class);
    }

    default List<Meeting> meetings() {
        return records(Meeting.class);
    }

    default List<Facility> facilities() {
        return records(Facility.class);
    }

    default List<Document> documents() {
        return records(Document.class);
    }

    default List<BudgetLine> budgetLines() {
        return records(BudgetLine.class);
    }

    default List<Spending> spendings() {
        return records(Spending.class);
    }

    default List<Inspection> inspections() {
        return records(Inspection.class);
    }

    /** The community's talent pool (能人库), past entries included. */
    default List<Talent> talents() {
        return records(Talent.class);
    }

    /** Every venture philanthropy contest (公益微创投大赛): contests are public calls that belong to no one community, so the list is the same for every community. */
    default List<VentureContest> ventureContests() {
        return records(VentureContest.class);
    }

    /** The venture projects serving the community. */
    default List<VentureProject> ventureProjects() {
        return records(VentureProject.class);
    }

    /** The activities of those projects. */
    default List<VentureActivity> ventureActivities() {
        return records(VentureActivity.class);
    }

    /** The whole service list (服务清单) that organisations offer communities, the same for every community. */
    default List<ServiceOffer> serviceOffers() {
        return records(ServiceOffer.class);
    }

    /** The community's orders from the service list (点单). */
    default List<ServiceOrder> serviceOrders() {
        return records(ServiceOrder.class);
    }

    default List<Worker> workers() {
        return records(Worker.class);
    }

    default List<Visit> visits() {
        return records(Visit.class);
    }

    default List<Training> trainings() {
        return records(Training.class);
    }

    default List<Appraisal> appraisals() {
        return records(Appraisal.class);
    }

    default List<GridAssignment> gridAssignments() {
        return records(GridAssignment.class);
    }

    default List<Patrol> patrols() {
        return records(Patrol.class);
    }

    default List<Certificate> certificates() {
        return records(Certificate.class);
    }

    /** The pay table (三岗十八级): a coefficient per post category and grade, the same everywhere. */
    default List<PayGrade> payGrades() {
        return records(PayGrade.class);
    }

    default List<Convention> conventions() {
        return records(Convention.class);
    }

    default List<Consultation> consultations() {
        return records(Consultation.class);
    }

    default List<Request> requests() {
        return records(Request.class);
    }

    /**
     * The service catalogue (服务目录), every service active or not with the roles that accept it;
     * it belongs to no territory node, so it is the same for every community.
     */
    default List<Service> services() {
        return records(Service.class);
    }

    default List<Dispatch> dispatches() {
        return records(Dispatch.class);
    }

    default List<Volunteer> volunteers() {
        return records(Volunteer.class);
    }

    default List<FollowUp> followUps() {
        return records(FollowUp.class);
    }
}
