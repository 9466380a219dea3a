package org.linli.soap.internal;

import org.linli.common.Identified;
import org.linli.records.RecordStore;
import org.linli.records.Register;

/** The stores of a register's kinds, for the operations generated from their descriptions. */
final class Kinds {
    private Kinds() {
    }

    /** The store of the kind at {@code path}, whose records are {@code type}s; an error when the register keeps none. */
    @SuppressWarnings("unchecked")
    static <T extends Identified> RecordStore<T> store(Register register, String path, Class<T> type) {
        for (RecordStore<?> store : register.stores()) {
            if (store.description().path().equals(path) && store.description().bean() == type) {
                return (RecordStore<T>) store;
            }
        }
        throw new IllegalStateException(register + " keeps no kind " + path + " of " + type.getName());
    }
}
