package org.linli.population.internal;

import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.common.Records;
import org.linli.database.Database;
import org.linli.organisations.OrganisationService;
import org.linli.population.FollowUp;
import org.linli.population.PopulationService;
import org.linli.population.SpecialGroupMember;
import org.linli.population.Tenancy;
import org.linli.population.Volunteer;
import org.linli.population.VolunteerService;
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordGuards;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.residents.ResidentService;
import org.linli.staff.StaffService;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {PopulationService.class, Register.class})
public class JpaPopulationService implements PopulationService {
    private final JpaRecords<SpecialGroupMember> specialGroupMembers;
    private final JpaRecords<FollowUp> followUps;
    private final JpaRecords<Tenancy> tenancies;
    private final JpaRecords<Volunteer> volunteers;
    private final JpaRecords<VolunteerService> volunteerServices;

    @Activate
    public JpaPopulationService(@Reference(target = "(osgi.unit.name=linli-population)") JpaTemplate jpa,
                                @Reference TerritoryService territory, @Reference RecordGuards guards, @Reference ResidentService residents,
                                @Reference StaffService staff, @Reference OrganisationService organisations,
                                @Reference Database migrated, @Reference Clock clock) {
        SpecialGroupMemberType memberType = new SpecialGroupMemberType(residents, staff, clock);
        VolunteerType volunteerType = new VolunteerType(residents, organisations);
        specialGroupMembers = new JpaRecords<>(jpa, migrated, territory, guards, memberType, clock);
        followUps = new JpaRecords<>(jpa, migrated, territory, guards, new FollowUpType(memberType, staff), clock);
        tenancies = new JpaRecords<>(jpa, migrated, territory, guards, new TenancyType(residents), clock);
        volunteers = new JpaRecords<>(jpa, migrated, territory, guards, volunteerType, clock);
        volunteerServices = new JpaRecords<>(jpa, migrated, territory, guards, new VolunteerServiceType(volunteerType), clock);
    }

    @Override
    public Records<SpecialGroupMember> specialGroupMembers() {
        return specialGroupMembers;
    }

    @Override
    public Records<FollowUp> followUps() {
        return followUps;
    }

    @Override
    public Records<Tenancy> tenancies() {
        return tenancies;
    }

    @Override
    public Records<Volunteer> volunteers() {
        return volunteers;
    }

    @Override
    public Records<VolunteerService> volunteerServices() {
        return volunteerServices;
    }

    @Override
    public List<RecordStore<?>> stores() {
        return List.of(specialGroupMembers, followUps, tenancies, volunteers, volunteerServices);
    }
}
