package org.linli.residents.internal;

import java.util.List;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.residents.HouseholdService;
import org.linli.residents.ResidentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The register of residents and households (人口登记) as the doors see every register: its two
 * kinds, served at {@code /residents} and {@code /households} and described at {@code /kinds}.
 */
@Component(service = Register.class)
public class ResidentsRegister implements Register {
    private final List<RecordStore<?>> stores;

    @Activate
    public ResidentsRegister(@Reference ResidentService residents, @Reference HouseholdService households) {
        stores = List.of(residents, households);
    }

    @Override
    public List<RecordStore<?>> stores() {
        return stores;
    }
}
