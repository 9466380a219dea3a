package org.linli.soap.internal;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.organisations.Membership;
import org.linli.organisations.OrganisationService;

/** {@code /soap/organisations}: the register of organisations over SOAP, the same service as the REST door. */
@WebService(name = "Organisations", serviceName = "OrganisationsService", portName = "OrganisationsPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class OrganisationsWebService extends OrganisationsKinds {
    private final OrganisationService service;

    OrganisationsWebService(OrganisationService service) {
        super(service);
        this.service = service;
    }

    /** Who sits in both organisations on a date (一肩挑, 交叉任职): the first organisation's memberships. */
    @WebMethod
    @WebResult(name = "membership")
    public List<Membership> findCrossHolders(@WebParam(name = "organisationId") long organisationId,
                                             @WebParam(name = "otherOrganisationId") long otherOrganisationId,
                                             @WebParam(name = "on") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate on) throws LinliFault {
        return Calls.call(() -> service.crossHolders(organisationId, otherOrganisationId, on));
    }
}
