package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlTransient;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.Page;
import org.linli.residents.Household;
import org.linli.residents.Resident;
import org.linli.territory.TerritoryNode;

/** Result pages in a shape JAXB can describe in the WSDL: one concrete type per item type. */
final class Pages {
    private Pages() {
    }

    @XmlTransient
    @XmlAccessorType(XmlAccessType.FIELD)
    public abstract static class PageInfo {
        public int page;
        public int size;
        public long total;

        void fill(Page<?> from) {
            page = from.page();
            size = from.size();
            total = from.total();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "territoryNodePage", namespace = SoapEndpoint.NAMESPACE)
    public static class TerritoryNodePage extends PageInfo {
        @XmlElement(name = "item")
        public List<TerritoryNode> items = new ArrayList<>();

        static TerritoryNodePage of(Page<TerritoryNode> from) {
            TerritoryNodePage page = new TerritoryNodePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "residentPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ResidentPage extends PageInfo {
        @XmlElement(name = "item")
        public List<Resident> items = new ArrayList<>();

        static ResidentPage of(Page<Resident> from) {
            ResidentPage page = new ResidentPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "householdPage", namespace = SoapEndpoint.NAMESPACE)
    public static class HouseholdPage extends PageInfo {
        @XmlElement(name = "item")
        public List<Household> items = new ArrayList<>();

        static HouseholdPage of(Page<Household> from) {
            HouseholdPage page = new HouseholdPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
