package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.Page;
import org.linli.services.CalendarDay;
import org.linli.services.Dispatch;
import org.linli.services.Request;
import org.linli.services.Service;

/** Result pages of the servicedesk door, one concrete type per record so that the WSDL describes it. */
final class ServiceDeskPages {
    private ServiceDeskPages() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "calendarDayPage", namespace = SoapEndpoint.NAMESPACE)
    public static class CalendarDayPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<CalendarDay> items = new ArrayList<>();

        static CalendarDayPage of(Page<CalendarDay> from) {
            CalendarDayPage page = new CalendarDayPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "servicePage", namespace = SoapEndpoint.NAMESPACE)
    public static class ServicePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Service> items = new ArrayList<>();

        static ServicePage of(Page<Service> from) {
            ServicePage page = new ServicePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "requestPage", namespace = SoapEndpoint.NAMESPACE)
    public static class RequestPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Request> items = new ArrayList<>();

        static RequestPage of(Page<Request> from) {
            RequestPage page = new RequestPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "dispatchPage", namespace = SoapEndpoint.NAMESPACE)
    public static class DispatchPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Dispatch> items = new ArrayList<>();

        static DispatchPage of(Page<Dispatch> from) {
            DispatchPage page = new DispatchPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
