package org.linli.records;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule from outside a register that its writes must also pass: a district's workflow, brought
 * in by the policy engine (资金使用须经协商, deadlines for dispatches, steps that must come first).
 * Registered as an OSGi service; every register asks every guard before it stores a new or
 * changed record, in the writing transaction: first to {@link #complete} it, before the
 * register's own checks, then to {@link #review} it once those checks have passed.
 */
@ConsumerType
public interface RecordGuard {

    /**
     * Fills what the caller left empty (a deadline), before the register checks the record. The
     * record's references are not checked yet: {@link RecordWrite#nodeId()} may be {@code null}.
     */
    default void complete(RecordWrite<?> write) {
    }

    /** Refuses {@code write} through {@link RecordWrite#refuse}; the record has passed its own checks. */
    void review(RecordWrite<?> write);
}
