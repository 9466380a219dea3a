package org.linli.organisations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.common.PageRequest;
import org.linli.common.Records;
import org.linli.database.Database;
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
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordGuards;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.residents.ResidentService;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {OrganisationService.class, Register.class})
public class JpaOrganisationService implements OrganisationService {
    private final JpaRecords<Organisation> organisations;
    private final JpaRecords<Term> terms;
    private final JpaRecords<Membership> memberships;
    private final JpaRecords<Election> elections;
    private final JpaRecords<Meeting> meetings;
    private final JpaRecords<Facility> facilities;
    private final JpaRecords<Document> documents;
    private final JpaRecords<BudgetLine> budgetLines;
    private final JpaRecords<Spending> spendings;
    private final JpaRecords<Inspection> inspections;
    private final JpaRecords<Talent> talents;
    private final JpaRecords<VentureContest> ventureContests;
    private final JpaRecords<VentureProject> ventureProjects;
    private final JpaRecords<VentureActivity> ventureActivities;
    private final JpaRecords<ServiceOffer> serviceOffers;
    private final JpaRecords<ServiceOrder> serviceOrders;
    private final Clock clock;

    @Activate
    public JpaOrganisationService(@Reference(target = "(osgi.unit.name=linli-organisations)") JpaTemplate jpa,
                                  @Reference TerritoryService territory, @Reference RecordGuards guards, @Reference ResidentService residents,
                                  @Reference Database migrated, @Reference Clock clock) {
        this.clock = clock;
        OrganisationType organisationType = new OrganisationType();
        TermType termType = new TermType(organisationType, clock);
        MeetingType meetingType = new MeetingType(organisationType);
        MembershipType membershipType = new MembershipType(organisationType, termType, residents);
        ElectionType electionType = new ElectionType(organisationType, termType, meetingType, residents);
        membershipType.elections(electionType);
        BudgetLineType budgetLineType = new BudgetLineType(organisationType);
        organisations = new JpaRecords<>(jpa, migrated, territory, guards, organisationType, clock);
        terms = new JpaRecords<>(jpa, migrated, territory, guards, termType, clock);
        memberships = new JpaRecords<>(jpa, migrated, territory, guards, membershipType, clock);
        elections = new JpaRecords<>(jpa, migrated, territory, guards, electionType, clock);
        meetings = new JpaRecords<>(jpa, migrated, territory, guards, meetingType, clock);
        facilities = new JpaRecords<>(jpa, migrated, territory, guards, new FacilityType(organisationType), clock);
        documents = new JpaRecords<>(jpa, migrated, territory, guards, new DocumentType(organisationType), clock);
        budgetLines = new JpaRecords<>(jpa, migrated, territory, guards, budgetLineType, clock);
        spendings = new JpaRecords<>(jpa, migrated, territory, guards, new SpendingType(organisationType, budgetLineType, meetingType), clock);
        inspections = new JpaRecords<>(jpa, migrated, territory, guards, new InspectionType(organisationType), clock);
        TalentType talentType = new TalentType(organisationType, residents);
        VentureContestType contestType = new VentureContestType();
        VentureProjectType projectType = new VentureProjectType(organisationType, contestType, talentType);
        ServiceOfferType offerType = new ServiceOfferType(organisationType);
        talents = new JpaRecords<>(jpa, migrated, territory, guards, talentType, clock);
        ventureContests = new JpaRecords<>(jpa, migrated, territory, guards, contestType, clock);
        ventureProjects = new JpaRecords<>(jpa, migrated, territory, guards, projectType, clock);
        ventureActivities = new JpaRecords<>(jpa, migrated, territory, guards, new VentureActivityType(projectType), clock);
        serviceOffers = new JpaRecords<>(jpa, migrated, territory, guards, offerType, clock);
        serviceOrders = new JpaRecords<>(jpa, migrated, territory, guards, new ServiceOrderType(organisationType, offerType), clock);
    }

    @Override
    public Records<Organisation> organisations() {
        return organisations;
    }

    @Override
    public Records<Term> terms() {
        return terms;
    }

    @Override
    public Records<Membership> memberships() {
        return memberships;
    }

    @Override
    public Records<Election> elections() {
        return elections;
    }

    @Override
    public Records<Meeting> meetings() {
        return meetings;
    }

    @Override
    public Records<Facility> facilities() {
        return facilities;
    }

    @Override
    public Records<Document> documents() {
        return documents;
    }

    @Override
    public Records<BudgetLine> budgetLines() {
        return budgetLines;
    }

    @Override
    public Records<Spending> spendings() {
        return spendings;
    }

    @Override
    public Records<Inspection> inspections() {
        return inspections;
    }

    @Override
    public Records<Talent> talents() {
        return talents;
    }

    @Override
    public Records<VentureContest> ventureContests() {
        return ventureContests;
    }

    @Override
    public Records<VentureProject> ventureProjects() {
        return ventureProjects;
    }

    @Override
    public Records<VentureActivity> ventureActivities() {
        return ventureActivities;
    }

    @Override
    public Records<ServiceOffer> serviceOffers() {
        return serviceOffers;
    }

    @Override
    public Records<ServiceOrder> serviceOrders() {
        return serviceOrders;
    }

    @Override
    public List<RecordStore<?>> stores() {
        return List.of(organisations, terms, memberships, elections, meetings, facilities, documents, budgetLines, spendings,
                inspections, talents, ventureContests, ventureProjects, ventureActivities, serviceOffers, serviceOrders);
    }

    @Override
    public List<Membership> crossHolders(long organisationId, long otherOrganisationId, LocalDate on) {
        CallerContext.require(Permission.ORGANISATION_READ);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return memberships.inTransaction(em -> {
            RecordCheck check = organisations.check(em);
            check.find("organisationId", organisations.type(), organisationId);
            check.find("otherOrganisationId", organisations.type(), otherOrganisationId);
            List<Membership> others = sitting(otherOrganisationId, day);
            return sitting(organisationId, day).stream()
                    .filter(m -> others.stream().anyMatch(o -> MembershipType.samePerson(m, o))).toList();
        });
    }

    private List<Membership> sitting(long organisationId, LocalDate on) {
        return memberships.search(Map.of("organisationId", String.valueOf(organisationId), "on", on.toString()),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }
}
