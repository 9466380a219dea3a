package org.linli.records;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule from outside a register that its writes must also pass: a district's workflow, brought
 * in by the policy engine (资金使用须经协商, deadlines for dispatches, steps that must come first).
 * Registered as an OSGi service; every register asks every guard before it stores a new or
 * changed record, in the writing transaction: first to {@link #complete} it, before the
 * register's own checks, then to {@link #review} it once those checks have passed. A register
 * about to refuse a step of its workflow by a restriction of its own may ask whether a guard
 * {@link #lifts} that restriction (一窗受理: any counter may accept any catalogued service).
 */
@ConsumerType
public interface RecordGuard {

    /**
     * Fills what the caller left empty (a deadline) through {@link RecordWrite#fill}, before the
     * register checks the record. The record's references are not checked yet:
     * {@link RecordWrite#nodeId()} may be {@code null}.
     */
    default void complete(RecordWrite<?> write) {
    }

    /** Refuses {@code write} through {@link RecordWrite#refuse}; the record has passed its own checks. */
    void review(RecordWrite<?> write);

    /**
     * Whether the register's own {@code restriction} (named by the field that imposes it, such as a
     * catalogued service's {@code acceptingRoles}) does not apply to {@code write}, a step of the
     * register's workflow ({@link RecordWrite#action()}). Asked in the step's transaction, only
     * where the restriction would refuse the step; one guard lifting it is enough. No by default.
     */
    default boolean lifts(RecordWrite<?> write, String restriction) {
        return false;
    }
}
