package org.linli.policy.spi;

import org.linli.records.RecordWrite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A workflow rule's part in a core register: asked before a record of its kind is stored in a
 * community its plugin governs; it refuses the write (社区资金使用必须经过社区协商会议讨论) or
 * completes it (a deadline). {@link #complete} is asked before the register's own checks, so it
 * may fill a field the register would otherwise require, and must expect references that do not
 * resolve ({@link RecordWrite#find} is empty then; the register's checks report them);
 * {@link #review} is asked once those checks have passed. The engine names the rule in every
 * refusal. Where a register would refuse a step of its workflow by a restriction of its own (a
 * catalogued service's accepting roles), {@link #lifts} may say that the plugin's rules lift it.
 *
 * @param <T> the record, one of the API beans of the core registers
 */
@ConsumerType
public interface RecordHook<T> {

    Class<T> recordClass();

    /**
     * Fills what the caller left empty, in a community the plugin governs, through
     * {@link RecordWrite#fill}: {@link RecordWrite#record()} is a copy, which a setter changes
     * alone. Nothing by default.
     */
    default void complete(RecordWrite<T> write, CommunityFacts community, Parameters parameters) {
    }

    /**
     * Reviews one write in a community the plugin governs; {@code community} holds what is stored
     * there, read when first asked. Accepts by default.
     */
    default void review(RecordWrite<T> write, CommunityFacts community, Parameters parameters) {
    }

    /**
     * Whether, in a community the plugin governs, the register's own {@code restriction} does not
     * apply to {@code write}, a step of its workflow ({@link RecordWrite#action()}; {@code record()}
     * is the record as stored before the step). Asked in the step's transaction, only where the
     * restriction would refuse the step, such as {@code ServiceDesk.ACCEPTING_ROLES} when a
     * request is accepted by a caller of another role. Does not lift by default.
     */
    default boolean lifts(RecordWrite<T> write, String restriction, CommunityFacts community, Parameters parameters) {
        return false;
    }
}
