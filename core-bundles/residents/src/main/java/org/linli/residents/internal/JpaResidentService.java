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
import org.linli.residents.Resident;
import org.linli.residents.ResidentQuery;
import org.linli.residents.ResidentService;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The register of residents on the shared database, through the {@code linli-residents} persistence unit. */
@Component(service = ResidentService.class)
public class JpaResidentService implements ResidentService {
    private final ResidentRegister register;

    @Activate
    public JpaResidentService(@Reference(target = "(osgi.unit.name=linli-residents)") JpaTemplate jpa,
                              @Reference TerritoryService territory, @Reference AuditLog audit,
                              @Reference Database migrated, @Reference Clock clock, @Reference RecordGuards guards) {
        this.register = new ResidentRegister(jpa, territory, audit, clock, guards, migrated);
    }

    @Override
    public KindDescription description() {
        return ResidentKinds.RESIDENTS;
    }

    @Override
    public Resident create(Resident resident) {
        return register.createResident(resident);
    }

    @Override
    public Resident get(long id) {
        return register.getResident(id);
    }

    @Override
    public Resident reveal(long id, String reason) {
        return register.revealResident(id, reason);
    }

    @Override
    public Resident update(long id, Resident resident) {
        return register.updateResident(id, resident);
    }

    @Override
    public void delete(long id) {
        register.deleteResident(id);
    }

    @Override
    public Page<Resident> search(ResidentQuery query, PageRequest page) {
        return register.searchResidents(query, page);
    }

    @Override
    public Page<Resident> search(Map<String, String> filters, PageRequest page) {
        return register.searchResidents(filters, page);
    }
}
