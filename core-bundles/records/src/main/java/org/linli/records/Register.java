package org.linli.records;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A register (台账) of kinds of record, published as an OSGi service beside the register's own
 * service: the doors serve every kind of every register, so a kind added to a register appears
 * in REST, in the API documents and in the console's lists and forms without code of their own.
 */
@ConsumerType
public interface Register {

    /** The kinds this register keeps, each with its store. */
    List<RecordStore<?>> stores();

    /** The store of the kind whose records are {@code bean}s, if this register keeps it. */
    default Optional<RecordStore<?>> store(Class<?> bean) {
        return stores().stream().filter(store -> store.description().bean() == bean).findFirst();
    }
}
