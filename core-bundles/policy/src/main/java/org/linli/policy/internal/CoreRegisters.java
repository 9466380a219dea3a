package org.linli.policy.internal;

import java.util.List;
import org.linli.affairs.CommunityAffairs;
import org.linli.organisations.OrganisationService;
import org.linli.population.PopulationService;
import org.linli.records.Register;
import org.linli.residents.HouseholdService;
import org.linli.services.ServiceDesk;
import org.linli.staff.StaffService;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The core registers a community's facts are read from. */
@Component(service = CoreRegisters.class)
public class CoreRegisters {
    final TerritoryService territory;
    final HouseholdService households;
    final OrganisationService organisations;
    final StaffService staff;
    final CommunityAffairs affairs;
    final ServiceDesk serviceDesk;
    final PopulationService population;

    @Activate
    public CoreRegisters(@Reference TerritoryService territory, @Reference HouseholdService households,
                         @Reference OrganisationService organisations, @Reference StaffService staff,
                         @Reference CommunityAffairs affairs, @Reference ServiceDesk serviceDesk,
                         @Reference PopulationService population) {
        this.territory = territory;
        this.households = households;
        this.organisations = organisations;
        this.staff = staff;
        this.affairs = affairs;
        this.serviceDesk = serviceDesk;
        this.population = population;
    }

    /** The registers whose kinds a community's facts read. */
    List<Register> registers() {
        return List.of(organisations, staff, affairs, serviceDesk, population);
    }
}
