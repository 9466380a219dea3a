package org.linli.soap.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateTimeAdapter;
import org.linli.services.Dispatch;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;

/** {@code /soap/service-desk}: the catalogue, the work calendar, requests and their dispatch over SOAP, the same service as the REST door. */
@WebService(name = "ServiceDesk", serviceName = "ServiceDeskService", portName = "ServiceDeskPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class ServiceDeskWebService extends ServiceDeskKinds {
    private final ServiceDesk desk;

    ServiceDeskWebService(ServiceDesk desk) {
        super(desk);
        this.desk = desk;
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
