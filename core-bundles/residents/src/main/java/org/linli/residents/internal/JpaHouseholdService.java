package org.linli.residents.internal;

import java.time.Clock;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.audit.AuditLog;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.database.Database;
import org.linli.records.KindDescription;
import org.linli.records.RecordGuards;
import org.linli.residents.Household;
import org.linli.residents.HouseholdQuery;
import org.linli.residents.HouseholdService;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The register of households on the shared database, through the {@code linli-residents} persistence unit. */
@Component(service = HouseholdService.class)
public class JpaHouseholdService implements HouseholdService {
    private final ResidentRegister register;

    @Activate
    public JpaHouseholdService(@Reference(target = "(osgi.unit.name=linli-residents)") JpaTemplate jpa,
                               @Reference TerritoryService territory, @Reference AuditLog audit,
                               @Reference Database migrated, @Reference Clock clock, @Reference RecordGuards guards) {
        this.register = new ResidentRegister(jpa, territory, audit, clock, guards, migrated);
    }

    @Override
    public KindDescription description() {
        return ResidentKinds.HOUSEHOLDS;
    }

    @Override
    public Household create(Household household) {
        return register.createHousehold(household);
    }

    @Override
    public Household get(long id) {
        return register.getHousehold(id);
    }

    @Override
    public Household update(long id, Household household) {
        return register.updateHousehold(id, household);
    }

    @Override
    public void delete(long id) {
        register.deleteHousehold(id);
    }

    @Override
    public Page<Household> search(HouseholdQuery query, PageRequest page) {
        return register.searchHouseholds(query, page);
    }

    @Override
    public Page<Household> search(Map<String, String> filters, PageRequest page) {
        return register.searchHouseholds(filters, page);
    }
}
