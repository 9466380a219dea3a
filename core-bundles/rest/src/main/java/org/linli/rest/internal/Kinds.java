package org.linli.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.NotFoundException;
import org.linli.records.RecordStore;
import org.linli.records.Register;

/** Every kind of every register, by its path: kept up to date as registers come and go. */
final class Kinds {
    private final Map<String, RecordStore<?>> byPath = new ConcurrentHashMap<>();
    private final Map<Register, List<RecordStore<?>>> byRegister = new ConcurrentHashMap<>();

    void add(Register register) {
        List<RecordStore<?>> stores = register.stores();
        byRegister.put(register, stores);
        stores.forEach(store -> byPath.put(store.description().path(), store));
    }

    void remove(Register register) {
        List<RecordStore<?>> stores = byRegister.remove(register);
        if (stores != null) {
            stores.forEach(store -> byPath.remove(store.description().path(), store));
        }
    }

    /** The store of the kind at {@code path}; 404 when no register keeps it. */
    RecordStore<?> get(String path) {
        RecordStore<?> store = byPath.get(path);
        if (store == null) {
            throw new NotFoundException("no kind of record is called " + path);
        }
        return store;
    }

    /** Every kind, by register and then in the register's order. */
    List<RecordStore<?>> all() {
        return byRegister.values().stream()
                .sorted(Comparator.comparing(stores -> stores.isEmpty() ? "" : stores.get(0).description().register()))
                .flatMap(List::stream).toList();
    }
}
