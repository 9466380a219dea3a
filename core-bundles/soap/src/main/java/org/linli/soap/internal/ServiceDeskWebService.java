package org.linli.soap.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.PageRequest;
import org.linli.common.xml.LocalDateTimeAdapter;
import org.linli.services.CalendarDay;
import org.linli.services.Dispatch;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;

/** {@code /soap/service-desk}: the catalogue, the work calendar, requests and their dispatch over SOAP, the same service as the REST door. */
@WebService(name = "ServiceDesk", serviceName = "ServiceDeskService", portName = "ServiceDeskPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class ServiceDeskWebService {
    private final ServiceDesk desk;

    ServiceDeskWebService(ServiceDesk desk) {
        this.desk = desk;
    }

    @WebMethod
    @WebResult(name = "calendarDay")
    public CalendarDay createCalendarDay(@WebParam(name = "calendarDay") CalendarDay calendarDay) throws LinliFault {
        return Calls.call(() -> desk.calendar().create(Calls.required("calendarDay", calendarDay)));
    }

    @WebMethod
    @WebResult(name = "calendarDay")
    public CalendarDay getCalendarDay(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> desk.calendar().get(id));
    }

    @WebMethod
    @WebResult(name = "calendarDay")
    public CalendarDay updateCalendarDay(@WebParam(name = "id") long id, @WebParam(name = "calendarDay") CalendarDay calendarDay) throws LinliFault {
        return Calls.call(() -> desk.calendar().update(id, Calls.required("calendarDay", calendarDay)));
    }

    @WebMethod
    public void deleteCalendarDay(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> desk.calendar().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public ServiceDeskPages.CalendarDayPage findCalendarDays(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> ServiceDeskPages.CalendarDayPage.of(desk.calendar().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "service")
    public Service createService(@WebParam(name = "service") Service service) throws LinliFault {
        return Calls.call(() -> desk.services().create(Calls.required("service", service)));
    }

    @WebMethod
    @WebResult(name = "service")
    public Service getService(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> desk.services().get(id));
    }

    @WebMethod
    @WebResult(name = "service")
    public Service updateService(@WebParam(name = "id") long id, @WebParam(name = "service") Service service) throws LinliFault {
        return Calls.call(() -> desk.services().update(id, Calls.required("service", service)));
    }

    @WebMethod
    public void deleteService(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> desk.services().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public ServiceDeskPages.ServicePage findServices(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> ServiceDeskPages.ServicePage.of(desk.services().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "request")
    public Request createRequest(@WebParam(name = "request") Request request) throws LinliFault {
        return Calls.call(() -> desk.requests().create(Calls.required("request", request)));
    }

    @WebMethod
    @WebResult(name = "request")
    public Request getRequest(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> desk.requests().get(id));
    }

    @WebMethod
    @WebResult(name = "request")
    public Request updateRequest(@WebParam(name = "id") long id, @WebParam(name = "request") Request request) throws LinliFault {
        return Calls.call(() -> desk.requests().update(id, Calls.required("request", request)));
    }

    @WebMethod
    public void deleteRequest(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> desk.requests().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public ServiceDeskPages.RequestPage findRequests(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> ServiceDeskPages.RequestPage.of(desk.requests().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "dispatch")
    public Dispatch createDispatch(@WebParam(name = "dispatch") Dispatch dispatch) throws LinliFault {
        return Calls.call(() -> desk.dispatches().create(Calls.required("dispatch", dispatch)));
    }

    @WebMethod
    @WebResult(name = "dispatch")
    public Dispatch getDispatch(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> desk.dispatches().get(id));
    }

    @WebMethod
    @WebResult(name = "dispatch")
    public Dispatch updateDispatch(@WebParam(name = "id") long id, @WebParam(name = "dispatch") Dispatch dispatch) throws LinliFault {
        return Calls.call(() -> desk.dispatches().update(id, Calls.required("dispatch", dispatch)));
    }

    @WebMethod
    public void deleteDispatch(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> desk.dispatches().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public ServiceDeskPages.DispatchPage findDispatches(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> ServiceDeskPages.DispatchPage.of(desk.dispatches().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }

    @WebMethod
    @WebResult(name = "request")
    public Request takeRequestStep(@WebParam(name = "requestId") long requestId,
                                   @WebParam(name = "step") RequestStep step) throws LinliFault {
        return Calls.call(() -> desk.step(requestId, Calls.required("step", step)));
    }

    @WebMethod
    @WebResult(name = "step")
    public List<RequestStep> getRequestHistory(@WebParam(name = "requestId") long requestId) throws LinliFault {
        return Calls.call(() -> desk.history(requestId));
    }

    @WebMethod
    @WebResult(name = "dispatch")
    public Dispatch acknowledgeDispatch(@WebParam(name = "dispatchId") long dispatchId) throws LinliFault {
        return Calls.call(() -> desk.acknowledge(dispatchId));
    }

    @WebMethod
    @WebResult(name = "dispatch")
    public Dispatch reportDispatch(@WebParam(name = "dispatchId") long dispatchId, @WebParam(name = "report") String report)
            throws LinliFault {
        return Calls.call(() -> desk.report(dispatchId, report));
    }

    /** When something received at {@code from} with this limit is due, on the work calendar. */
    @WebMethod
    @WebResult(name = "due")
    public String computeDue(@WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateTimeAdapter.class) LocalDateTime from,
                                    @WebParam(name = "amount") int amount,
                                    @WebParam(name = "unit") String unit) throws LinliFault {
        return Calls.call(() -> desk.due(Calls.required("from", from), amount, Calls.enumValue("unit", unit, LimitUnit.class))
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }

    @WebMethod
    @WebResult(name = "csv")
    public String exportCatalogue() throws LinliFault {
        return Calls.call(desk::exportCatalogue);
    }

    /** Creates or updates, by code, every service of the CSV: all rows or none. */
    @WebMethod
    @WebResult(name = "service")
    public List<Service> importCatalogue(@WebParam(name = "csv") String csv) throws LinliFault {
        return Calls.call(() -> desk.importCatalogue(Calls.required("csv", csv)));
    }
}
