package org.linli.territory.internal;

import java.util.List;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The territory tree as the doors see every register: one kind, served at {@code /territory/nodes}, described at {@code /kinds}. */
@Component(service = Register.class)
public class TerritoryRegister implements Register {
    private final List<RecordStore<?>> stores;

    @Activate
    public TerritoryRegister(@Reference TerritoryService territory) {
        stores = List.of(territory);
    }

    @Override
    public List<RecordStore<?>> stores() {
        return stores;
    }
}
