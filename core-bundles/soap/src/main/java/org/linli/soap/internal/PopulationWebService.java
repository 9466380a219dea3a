package org.linli.soap.internal;

import javax.jws.WebService;
import org.linli.population.PopulationService;

/** {@code /soap/population}: special groups and their follow-ups, tenancies and volunteers over SOAP, the same service as the REST door. */
@WebService(name = "Population", serviceName = "PopulationService", portName = "PopulationPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class PopulationWebService extends PopulationKinds {
    PopulationWebService(PopulationService service) {
        super(service);
    }
}
