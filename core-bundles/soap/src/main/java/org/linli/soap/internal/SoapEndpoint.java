package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.linli.affairs.CommunityAffairs;
import org.linli.organisations.OrganisationService;
import org.linli.grids.GridPlanner;
import org.linli.policy.PolicyService;
import org.linli.population.PopulationService;
import org.linli.records.CodeService;
import org.linli.residents.HouseholdService;
import org.linli.residents.ResidentService;
import org.linli.security.Authenticator;
import org.linli.security.TokenAuthenticator;
import org.linli.security.cxf.DoorGuard;
import org.linli.services.ServiceDesk;
import org.linli.staff.StaffService;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Publishes the SOAP door: {@code /soap/territory}, {@code /soap/residents}, {@code /soap/organisations},
 * {@code /soap/staff}, {@code /soap/codes}, {@code /soap/service-desk}, {@code /soap/affairs},
 * {@code /soap/population}, {@code /soap/policy} and {@code /soap/grids}, each with its WSDL
 * at {@code ?wsdl}. Authentication runs before anything else, the WSDL included.
 */
@Component(immediate = true)
public class SoapEndpoint {
    static final String NAMESPACE = "http://linli.org/soap/v1";

    private final List<Server> servers = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TokenAuthenticator tokens;

    @Activate
    public SoapEndpoint(@Reference TerritoryService territory, @Reference ResidentService residents,
                        @Reference HouseholdService households, @Reference OrganisationService organisations,
                        @Reference StaffService staff, @Reference CodeService codes, @Reference ServiceDesk serviceDesk,
                        @Reference CommunityAffairs affairs, @Reference PopulationService population,
                        @Reference PolicyService policy, @Reference GridPlanner grids,
                        @Reference Authenticator authenticator) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SoapEndpoint.class.getClassLoader());
        try {
            publish("/soap/territory", TerritoryWebService.class, new TerritoryWebService(territory), authenticator);
            publish("/soap/residents", ResidentsWebService.class, new ResidentsWebService(residents, households), authenticator);
            publish("/soap/organisations", OrganisationsWebService.class, new OrganisationsWebService(organisations), authenticator);
            publish("/soap/staff", StaffWebService.class, new StaffWebService(staff), authenticator);
            publish("/soap/codes", CodesWebService.class, new CodesWebService(codes), authenticator);
            publish("/soap/service-desk", ServiceDeskWebService.class, new ServiceDeskWebService(serviceDesk), authenticator);
            publish("/soap/affairs", AffairsWebService.class, new AffairsWebService(affairs), authenticator);
            publish("/soap/population", PopulationWebService.class, new PopulationWebService(population), authenticator);
            publish("/soap/policy", PolicyWebService.class, new PolicyWebService(policy), authenticator);
            publish("/soap/grids", GridsWebService.class, new GridsWebService(grids), authenticator);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void publish(String address, Class<?> type, Object implementation, Authenticator authenticator) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setAddress(address);
        factory.setServiceClass(type);
        factory.setServiceBean(implementation);
        // Tighter than CXF's defaults: no Linli message needs long texts or deep nesting.
        factory.setProperties(Map.of(
                "org.apache.cxf.stax.maxTextLength", 100_000,
                "org.apache.cxf.stax.maxElementDepth", 32,
                "org.apache.cxf.stax.maxChildElements", 10_000));
        DoorGuard.soap(factory, authenticator, () -> tokens);
        factory.getOutFaultInterceptors().add(new PlainFaults());
        factory.getOutFaultInterceptors().add(new ClientFaultCode());
        servers.add(factory.create());
    }

    @Deactivate
    void deactivate() {
        servers.forEach(Server::destroy);
    }
}
