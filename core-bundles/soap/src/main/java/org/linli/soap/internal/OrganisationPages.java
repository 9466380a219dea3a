package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.Page;
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

/** Result pages of the organisations door, one concrete type per record so that the WSDL describes it. */
final class OrganisationPages {
    private OrganisationPages() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "organisationPage", namespace = SoapEndpoint.NAMESPACE)
    public static class OrganisationPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Organisation> items = new ArrayList<>();

        static OrganisationPage of(Page<Organisation> from) {
            OrganisationPage page = new OrganisationPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "termPage", namespace = SoapEndpoint.NAMESPACE)
    public static class TermPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Term> items = new ArrayList<>();

        static TermPage of(Page<Term> from) {
            TermPage page = new TermPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "membershipPage", namespace = SoapEndpoint.NAMESPACE)
    public static class MembershipPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Membership> items = new ArrayList<>();

        static MembershipPage of(Page<Membership> from) {
            MembershipPage page = new MembershipPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "electionPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ElectionPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Election> items = new ArrayList<>();

        static ElectionPage of(Page<Election> from) {
            ElectionPage page = new ElectionPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "meetingPage", namespace = SoapEndpoint.NAMESPACE)
    public static class MeetingPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Meeting> items = new ArrayList<>();

        static MeetingPage of(Page<Meeting> from) {
            MeetingPage page = new MeetingPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "facilityPage", namespace = SoapEndpoint.NAMESPACE)
    public static class FacilityPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Facility> items = new ArrayList<>();

        static FacilityPage of(Page<Facility> from) {
            FacilityPage page = new FacilityPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "documentPage", namespace = SoapEndpoint.NAMESPACE)
    public static class DocumentPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Document> items = new ArrayList<>();

        static DocumentPage of(Page<Document> from) {
            DocumentPage page = new DocumentPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "budgetLinePage", namespace = SoapEndpoint.NAMESPACE)
    public static class BudgetLinePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<BudgetLine> items = new ArrayList<>();

        static BudgetLinePage of(Page<BudgetLine> from) {
            BudgetLinePage page = new BudgetLinePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "inspectionPage", namespace = SoapEndpoint.NAMESPACE)
    public static class InspectionPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Inspection> items = new ArrayList<>();

        static InspectionPage of(Page<Inspection> from) {
            InspectionPage page = new InspectionPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "talentPage", namespace = SoapEndpoint.NAMESPACE)
    public static class TalentPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Talent> items = new ArrayList<>();

        static TalentPage of(Page<Talent> from) {
            TalentPage page = new TalentPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ventureContestPage", namespace = SoapEndpoint.NAMESPACE)
    public static class VentureContestPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<VentureContest> items = new ArrayList<>();

        static VentureContestPage of(Page<VentureContest> from) {
            VentureContestPage page = new VentureContestPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ventureProjectPage", namespace = SoapEndpoint.NAMESPACE)
    public static class VentureProjectPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<VentureProject> items = new ArrayList<>();

        static VentureProjectPage of(Page<VentureProject> from) {
            VentureProjectPage page = new VentureProjectPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ventureActivityPage", namespace = SoapEndpoint.NAMESPACE)
    public static class VentureActivityPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<VentureActivity> items = new ArrayList<>();

        static VentureActivityPage of(Page<VentureActivity> from) {
            VentureActivityPage page = new VentureActivityPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "serviceOfferPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ServiceOfferPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<ServiceOffer> items = new ArrayList<>();

        static ServiceOfferPage of(Page<ServiceOffer> from) {
            ServiceOfferPage page = new ServiceOfferPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "serviceOrderPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ServiceOrderPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<ServiceOrder> items = new ArrayList<>();

        static ServiceOrderPage of(Page<ServiceOrder> from) {
            ServiceOrderPage page = new ServiceOrderPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "spendingPage", namespace = SoapEndpoint.NAMESPACE)
    public static class SpendingPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Spending> items = new ArrayList<>();

        static SpendingPage of(Page<Spending> from) {
            SpendingPage page = new SpendingPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
