package org.linli.soap.internal;

import javax.jws.WebService;
import org.linli.affairs.CommunityAffairs;

/** {@code /soap/affairs}: mediation cases, consultations and conventions over SOAP, the same service as the REST door. */
@WebService(name = "Affairs", serviceName = "AffairsService", portName = "AffairsPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class AffairsWebService extends AffairsKinds {
    AffairsWebService(CommunityAffairs service) {
        super(service);
    }
}
