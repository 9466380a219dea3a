package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.Page;
import org.linli.population.FollowUp;
import org.linli.population.SpecialGroupMember;
import org.linli.population.Tenancy;
import org.linli.population.Volunteer;
import org.linli.population.VolunteerService;

/** Result pages of the population door, one concrete type per record so that the WSDL describes it. */
final class PopulationPages {
    private PopulationPages() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "specialGroupMemberPage", namespace = SoapEndpoint.NAMESPACE)
    public static class SpecialGroupMemberPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<SpecialGroupMember> items = new ArrayList<>();

        static SpecialGroupMemberPage of(Page<SpecialGroupMember> from) {
            SpecialGroupMemberPage page = new SpecialGroupMemberPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "followUpPage", namespace = SoapEndpoint.NAMESPACE)
    public static class FollowUpPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<FollowUp> items = new ArrayList<>();

        static FollowUpPage of(Page<FollowUp> from) {
            FollowUpPage page = new FollowUpPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "tenancyPage", namespace = SoapEndpoint.NAMESPACE)
    public static class TenancyPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Tenancy> items = new ArrayList<>();

        static TenancyPage of(Page<Tenancy> from) {
            TenancyPage page = new TenancyPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "volunteerPage", namespace = SoapEndpoint.NAMESPACE)
    public static class VolunteerPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Volunteer> items = new ArrayList<>();

        static VolunteerPage of(Page<Volunteer> from) {
            VolunteerPage page = new VolunteerPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "volunteerServicePage", namespace = SoapEndpoint.NAMESPACE)
    public static class VolunteerServicePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<VolunteerService> items = new ArrayList<>();

        static VolunteerServicePage of(Page<VolunteerService> from) {
            VolunteerServicePage page = new VolunteerServicePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
