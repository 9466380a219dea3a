package org.linli.soap.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.linli.common.PageRequest;
import org.linli.residents.Household;
import org.linli.residents.HouseholdQuery;
import org.linli.residents.HouseholdService;
import org.linli.residents.Resident;
import org.linli.residents.ResidentQuery;
import org.linli.residents.ResidentService;

/** {@code /soap/residents}: residents and households over SOAP, the same services as the REST door. */
@WebService(name = "Residents", serviceName = "ResidentsService", portName = "ResidentsPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class ResidentsWebService {
    private final ResidentService residents;
    private final HouseholdService households;

    ResidentsWebService(ResidentService residents, HouseholdService households) {
        this.residents = residents;
        this.households = households;
    }

    @WebMethod
    @WebResult(name = "resident")
    public Resident createResident(@WebParam(name = "resident") Resident resident) throws LinliFault {
        return Calls.call(() -> residents.create(Calls.required("resident", resident)));
    }

    @WebMethod
    @WebResult(name = "resident")
    public Resident getResident(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> residents.get(id));
    }

    /** The resident unmasked, for a reason that goes into the audit log. */
    @WebMethod
    @WebResult(name = "resident")
    public Resident revealResident(@WebParam(name = "id") long id, @WebParam(name = "reason") String reason)
            throws LinliFault {
        return Calls.call(() -> residents.reveal(id, reason));
    }

    @WebMethod
    @WebResult(name = "resident")
    public Resident updateResident(@WebParam(name = "id") long id, @WebParam(name = "resident") Resident resident)
            throws LinliFault {
        return Calls.call(() -> residents.update(id, Calls.required("resident", resident)));
    }

    @WebMethod
    public void deleteResident(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> residents.delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public Pages.ResidentPage findResidents(@WebParam(name = "name") String name,
                                            @WebParam(name = "idNumber") String idNumber,
                                            @WebParam(name = "householdId") Long householdId,
                                            @WebParam(name = "nodeId") Long nodeId,
                                            @WebParam(name = "page") Integer page,
                                            @WebParam(name = "size") Integer size,
                                            @WebParam(name = "after") Long after) throws LinliFault {
        return Calls.call(() -> Pages.ResidentPage.of(
                residents.search(new ResidentQuery(name, idNumber, householdId, nodeId), PageRequest.of(page, size, after))));
    }

    @WebMethod
    @WebResult(name = "household")
    public Household createHousehold(@WebParam(name = "household") Household household) throws LinliFault {
        return Calls.call(() -> households.create(Calls.required("household", household)));
    }

    @WebMethod
    @WebResult(name = "household")
    public Household getHousehold(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> households.get(id));
    }

    @WebMethod
    @WebResult(name = "household")
    public Household updateHousehold(@WebParam(name = "id") long id, @WebParam(name = "household") Household household)
            throws LinliFault {
        return Calls.call(() -> households.update(id, Calls.required("household", household)));
    }

    @WebMethod
    public void deleteHousehold(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> households.delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public Pages.HouseholdPage findHouseholds(@WebParam(name = "number") String number,
                                              @WebParam(name = "nodeId") Long nodeId,
                                              @WebParam(name = "page") Integer page,
                                              @WebParam(name = "size") Integer size,
                                              @WebParam(name = "after") Long after) throws LinliFault {
        return Calls.call(() -> Pages.HouseholdPage.of(
                households.search(new HouseholdQuery(number, nodeId), PageRequest.of(page, size, after))));
    }
}
