package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.affairs.Consultation;
import org.linli.affairs.Convention;
import org.linli.affairs.MediationCase;
import org.linli.common.Page;

/** Result pages of the affairs door, one concrete type per record so that the WSDL describes it. */
final class AffairsPages {
    private AffairsPages() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "mediationCasePage", namespace = SoapEndpoint.NAMESPACE)
    public static class MediationCasePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<MediationCase> items = new ArrayList<>();

        static MediationCasePage of(Page<MediationCase> from) {
            MediationCasePage page = new MediationCasePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "consultationPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ConsultationPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Consultation> items = new ArrayList<>();

        static ConsultationPage of(Page<Consultation> from) {
            ConsultationPage page = new ConsultationPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "conventionPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ConventionPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Convention> items = new ArrayList<>();

        static ConventionPage of(Page<Convention> from) {
            ConventionPage page = new ConventionPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
