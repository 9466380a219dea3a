package org.linli.soap.internal;

import org.linli.common.Identified;
import org.linli.records.RecordStore;
import org.linli.records.Register;

/** The stores of a register's kinds, for the operations generated from their descriptions. */
final class Kinds {
    private Kinds() {
    }

    /** The store of the kind whose records are {@code type}s; an error when the register keeps none. */
    @SuppressWarnings("unchecked")
    static <T extends Identified> RecordStore<T> store(Register register, Class<T> type) {
        return (RecordStore<T>) register.store(type)
                .orElseThrow(() -> new IllegalStateException(register + " keeps no kind of " + type.getName()));
    }
}
