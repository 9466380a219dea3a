package org.linli.soap.internal;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.staff.StaffService;
import org.linli.staff.StatusChange;
import org.linli.staff.VisitWeek;
import org.linli.staff.Worker;

/** {@code /soap/staff}: the register of community workers over SOAP, the same service as the REST door. */
@WebService(name = "Staff", serviceName = "StaffService", portName = "StaffPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class StaffWebService extends StaffKinds {
    private final StaffService service;

    StaffWebService(StaffService service) {
        super(service);
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "worker")
    public Worker changeWorkerStatus(@WebParam(name = "workerId") long workerId,
                                     @WebParam(name = "change") StatusChange change) throws LinliFault {
        return Calls.call(() -> service.changeStatus(workerId, Calls.required("change", change)));
    }

    @WebMethod
    @WebResult(name = "change")
    public List<StatusChange> getWorkerStatusHistory(@WebParam(name = "workerId") long workerId) throws LinliFault {
        return Calls.call(() -> service.statusHistory(workerId));
    }

    /** A worker's visits per ISO week. */
    @WebMethod
    @WebResult(name = "week")
    public List<VisitWeek> getVisitWeeks(@WebParam(name = "workerId") long workerId,
                                         @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                         @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to) throws LinliFault {
        return Calls.call(() -> service.visitWeeks(workerId, from, to));
    }
}
