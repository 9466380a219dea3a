package org.linli.soap.internal;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.PageRequest;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Document;
import org.linli.organisations.Election;
import org.linli.organisations.Facility;
import org.linli.organisations.Inspection;
import org.linli.organisations.Meeting;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationService;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.organisations.Spending;
import org.linli.organisations.Talent;
import org.linli.organisations.Term;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;

/** {@code /soap/organisations}: the register of organisations over SOAP, the same service as the REST door. */
@WebService(name = "Organisations", serviceName = "OrganisationsService", portName = "OrganisationsPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class OrganisationsWebService {
    private final OrganisationService service;

    OrganisationsWebService(OrganisationService service) {
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "organisation")
    public Organisation createOrganisation(@WebParam(name = "organisation") Organisation organisation) throws LinliFault {
        return Calls.call(() -> service.organisations().create(Calls.required("organisation", organisation)));
    }

    @WebMethod
    @WebResult(name = "organisation")
    public Organisation getOrganisation(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.organisations().get(id));
    }

    @WebMethod
    @WebResult(name = "organisation")
    public Organisation updateOrganisation(@WebParam(name = "id") long id, @WebParam(name = "organisation") Organisation organisation) throws LinliFault {
        return Calls.call(() -> service.organisations().update(id, Calls.required("organisation", organisation)));
    }

    @WebMethod
    public void deleteOrganisation(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.organisations().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.OrganisationPage findOrganisations(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.OrganisationPage.of(service.organisations().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "term")
    public Term createTerm(@WebParam(name = "term") Term term) throws LinliFault {
        return Calls.call(() -> service.terms().create(Calls.required("term", term)));
    }

    @WebMethod
    @WebResult(name = "term")
    public Term getTerm(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.terms().get(id));
    }

    @WebMethod
    @WebResult(name = "term")
    public Term updateTerm(@WebParam(name = "id") long id, @WebParam(name = "term") Term term) throws LinliFault {
        return Calls.call(() -> service.terms().update(id, Calls.required("term", term)));
    }

    @WebMethod
    public void deleteTerm(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.terms().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.TermPage findTerms(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.TermPage.of(service.terms().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "membership")
    public Membership createMembership(@WebParam(name = "membership") Membership membership) throws LinliFault {
        return Calls.call(() -> service.memberships().create(Calls.required("membership", membership)));
    }

    @WebMethod
    @WebResult(name = "membership")
    public Membership getMembership(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.memberships().get(id));
    }

    @WebMethod
    @WebResult(name = "membership")
    public Membership updateMembership(@WebParam(name = "id") long id, @WebParam(name = "membership") Membership membership) throws LinliFault {
        return Calls.call(() -> service.memberships().update(id, Calls.required("membership", membership)));
    }

    @WebMethod
    public void deleteMembership(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.memberships().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.MembershipPage findMemberships(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.MembershipPage.of(service.memberships().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "election")
    public Election createElection(@WebParam(name = "election") Election election) throws LinliFault {
        return Calls.call(() -> service.elections().create(Calls.required("election", election)));
    }

    @WebMethod
    @WebResult(name = "election")
    public Election getElection(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.elections().get(id));
    }

    @WebMethod
    @WebResult(name = "election")
    public Election updateElection(@WebParam(name = "id") long id, @WebParam(name = "election") Election election) throws LinliFault {
        return Calls.call(() -> service.elections().update(id, Calls.required("election", election)));
    }

    @WebMethod
    public void deleteElection(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.elections().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.ElectionPage findElections(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.ElectionPage.of(service.elections().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "meeting")
    public Meeting createMeeting(@WebParam(name = "meeting") Meeting meeting) throws LinliFault {
        return Calls.call(() -> service.meetings().create(Calls.required("meeting", meeting)));
    }

    @WebMethod
    @WebResult(name = "meeting")
    public Meeting getMeeting(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.meetings().get(id));
    }

    @WebMethod
    @WebResult(name = "meeting")
    public Meeting updateMeeting(@WebParam(name = "id") long id, @WebParam(name = "meeting") Meeting meeting) throws LinliFault {
        return Calls.call(() -> service.meetings().update(id, Calls.required("meeting", meeting)));
    }

    @WebMethod
    public void deleteMeeting(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.meetings().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.MeetingPage findMeetings(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.MeetingPage.of(service.meetings().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "facility")
    public Facility createFacility(@WebParam(name = "facility") Facility facility) throws LinliFault {
        return Calls.call(() -> service.facilities().create(Calls.required("facility", facility)));
    }

    @WebMethod
    @WebResult(name = "facility")
    public Facility getFacility(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.facilities().get(id));
    }

    @WebMethod
    @WebResult(name = "facility")
    public Facility updateFacility(@WebParam(name = "id") long id, @WebParam(name = "facility") Facility facility) throws LinliFault {
        return Calls.call(() -> service.facilities().update(id, Calls.required("facility", facility)));
    }

    @WebMethod
    public void deleteFacility(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.facilities().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.FacilityPage findFacilities(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.FacilityPage.of(service.facilities().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "document")
    public Document createDocument(@WebParam(name = "document") Document document) throws LinliFault {
        return Calls.call(() -> service.documents().create(Calls.required("document", document)));
    }

    @WebMethod
    @WebResult(name = "document")
    public Document getDocument(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.documents().get(id));
    }

    @WebMethod
    @WebResult(name = "document")
    public Document updateDocument(@WebParam(name = "id") long id, @WebParam(name = "document") Document document) throws LinliFault {
        return Calls.call(() -> service.documents().update(id, Calls.required("document", document)));
    }

    @WebMethod
    public void deleteDocument(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.documents().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.DocumentPage findDocuments(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.DocumentPage.of(service.documents().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "budgetLine")
    public BudgetLine createBudgetLine(@WebParam(name = "budgetLine") BudgetLine budgetLine) throws LinliFault {
        return Calls.call(() -> service.budgetLines().create(Calls.required("budgetLine", budgetLine)));
    }

    @WebMethod
    @WebResult(name = "budgetLine")
    public BudgetLine getBudgetLine(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.budgetLines().get(id));
    }

    @WebMethod
    @WebResult(name = "budgetLine")
    public BudgetLine updateBudgetLine(@WebParam(name = "id") long id, @WebParam(name = "budgetLine") BudgetLine budgetLine) throws LinliFault {
        return Calls.call(() -> service.budgetLines().update(id, Calls.required("budgetLine", budgetLine)));
    }

    @WebMethod
    public void deleteBudgetLine(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.budgetLines().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.BudgetLinePage findBudgetLines(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.BudgetLinePage.of(service.budgetLines().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "inspection")
    public Inspection createInspection(@WebParam(name = "inspection") Inspection inspection) throws LinliFault {
        return Calls.call(() -> service.inspections().create(Calls.required("inspection", inspection)));
    }

    @WebMethod
    @WebResult(name = "inspection")
    public Inspection getInspection(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.inspections().get(id));
    }

    @WebMethod
    @WebResult(name = "inspection")
    public Inspection updateInspection(@WebParam(name = "id") long id, @WebParam(name = "inspection") Inspection inspection) throws LinliFault {
        return Calls.call(() -> service.inspections().update(id, Calls.required("inspection", inspection)));
    }

    @WebMethod
    public void deleteInspection(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.inspections().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.InspectionPage findInspections(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.InspectionPage.of(service.inspections().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "talent")
    public Talent createTalent(@WebParam(name = "talent") Talent talent) throws LinliFault {
        return Calls.call(() -> service.talents().create(Calls.required("talent", talent)));
    }

    @WebMethod
    @WebResult(name = "talent")
    public Talent getTalent(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.talents().get(id));
    }

    @WebMethod
    @WebResult(name = "talent")
    public Talent updateTalent(@WebParam(name = "id") long id, @WebParam(name = "talent") Talent talent) throws LinliFault {
        return Calls.call(() -> service.talents().update(id, Calls.required("talent", talent)));
    }

    @WebMethod
    public void deleteTalent(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.talents().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.TalentPage findTalents(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.TalentPage.of(service.talents().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "ventureContest")
    public VentureContest createVentureContest(@WebParam(name = "ventureContest") VentureContest ventureContest) throws LinliFault {
        return Calls.call(() -> service.ventureContests().create(Calls.required("ventureContest", ventureContest)));
    }

    @WebMethod
    @WebResult(name = "ventureContest")
    public VentureContest getVentureContest(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.ventureContests().get(id));
    }

    @WebMethod
    @WebResult(name = "ventureContest")
    public VentureContest updateVentureContest(@WebParam(name = "id") long id, @WebParam(name = "ventureContest") VentureContest ventureContest) throws LinliFault {
        return Calls.call(() -> service.ventureContests().update(id, Calls.required("ventureContest", ventureContest)));
    }

    @WebMethod
    public void deleteVentureContest(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.ventureContests().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.VentureContestPage findVentureContests(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.VentureContestPage.of(service.ventureContests().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "ventureProject")
    public VentureProject createVentureProject(@WebParam(name = "ventureProject") VentureProject ventureProject) throws LinliFault {
        return Calls.call(() -> service.ventureProjects().create(Calls.required("ventureProject", ventureProject)));
    }

    @WebMethod
    @WebResult(name = "ventureProject")
    public VentureProject getVentureProject(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.ventureProjects().get(id));
    }

    @WebMethod
    @WebResult(name = "ventureProject")
    public VentureProject updateVentureProject(@WebParam(name = "id") long id, @WebParam(name = "ventureProject") VentureProject ventureProject) throws LinliFault {
        return Calls.call(() -> service.ventureProjects().update(id, Calls.required("ventureProject", ventureProject)));
    }

    @WebMethod
    public void deleteVentureProject(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.ventureProjects().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.VentureProjectPage findVentureProjects(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.VentureProjectPage.of(service.ventureProjects().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "ventureActivity")
    public VentureActivity createVentureActivity(@WebParam(name = "ventureActivity") VentureActivity ventureActivity) throws LinliFault {
        return Calls.call(() -> service.ventureActivities().create(Calls.required("ventureActivity", ventureActivity)));
    }

    @WebMethod
    @WebResult(name = "ventureActivity")
    public VentureActivity getVentureActivity(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.ventureActivities().get(id));
    }

    @WebMethod
    @WebResult(name = "ventureActivity")
    public VentureActivity updateVentureActivity(@WebParam(name = "id") long id, @WebParam(name = "ventureActivity") VentureActivity ventureActivity) throws LinliFault {
        return Calls.call(() -> service.ventureActivities().update(id, Calls.required("ventureActivity", ventureActivity)));
    }

    @WebMethod
    public void deleteVentureActivity(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.ventureActivities().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.VentureActivityPage findVentureActivities(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.VentureActivityPage.of(service.ventureActivities().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "serviceOffer")
    public ServiceOffer createServiceOffer(@WebParam(name = "serviceOffer") ServiceOffer serviceOffer) throws LinliFault {
        return Calls.call(() -> service.serviceOffers().create(Calls.required("serviceOffer", serviceOffer)));
    }

    @WebMethod
    @WebResult(name = "serviceOffer")
    public ServiceOffer getServiceOffer(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.serviceOffers().get(id));
    }

    @WebMethod
    @WebResult(name = "serviceOffer")
    public ServiceOffer updateServiceOffer(@WebParam(name = "id") long id, @WebParam(name = "serviceOffer") ServiceOffer serviceOffer) throws LinliFault {
        return Calls.call(() -> service.serviceOffers().update(id, Calls.required("serviceOffer", serviceOffer)));
    }

    @WebMethod
    public void deleteServiceOffer(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.serviceOffers().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.ServiceOfferPage findServiceOffers(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.ServiceOfferPage.of(service.serviceOffers().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "serviceOrder")
    public ServiceOrder createServiceOrder(@WebParam(name = "serviceOrder") ServiceOrder serviceOrder) throws LinliFault {
        return Calls.call(() -> service.serviceOrders().create(Calls.required("serviceOrder", serviceOrder)));
    }

    @WebMethod
    @WebResult(name = "serviceOrder")
    public ServiceOrder getServiceOrder(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.serviceOrders().get(id));
    }

    @WebMethod
    @WebResult(name = "serviceOrder")
    public ServiceOrder updateServiceOrder(@WebParam(name = "id") long id, @WebParam(name = "serviceOrder") ServiceOrder serviceOrder) throws LinliFault {
        return Calls.call(() -> service.serviceOrders().update(id, Calls.required("serviceOrder", serviceOrder)));
    }

    @WebMethod
    public void deleteServiceOrder(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.serviceOrders().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.ServiceOrderPage findServiceOrders(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.ServiceOrderPage.of(service.serviceOrders().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "spending")
    public Spending createSpending(@WebParam(name = "spending") Spending spending) throws LinliFault {
        return Calls.call(() -> service.spendings().create(Calls.required("spending", spending)));
    }

    @WebMethod
    @WebResult(name = "spending")
    public Spending getSpending(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.spendings().get(id));
    }

    @WebMethod
    @WebResult(name = "spending")
    public Spending updateSpending(@WebParam(name = "id") long id, @WebParam(name = "spending") Spending spending) throws LinliFault {
        return Calls.call(() -> service.spendings().update(id, Calls.required("spending", spending)));
    }

    @WebMethod
    public void deleteSpending(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.spendings().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public OrganisationPages.SpendingPage findSpendings(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> OrganisationPages.SpendingPage.of(service.spendings().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }

    /** Who sits in both organisations on a date (一肩挑, 交叉任职): the first organisation's memberships. */
    @WebMethod
    @WebResult(name = "membership")
    public List<Membership> findCrossHolders(@WebParam(name = "organisationId") long organisationId,
                                             @WebParam(name = "otherOrganisationId") long otherOrganisationId,
                                             @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on) throws LinliFault {
        return Calls.call(() -> service.crossHolders(organisationId, otherOrganisationId, on));
    }
}
