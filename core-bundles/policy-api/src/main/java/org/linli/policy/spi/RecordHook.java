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
 * refusal.
 *
 * @param <T> the record, one of the API beans of the core registers
 */
@ConsumerType
public interface RecordHook<T> {

    Class<T> recordClass();

    /** Fills what the caller left empty, in a community the plugin governs; nothing by default. */
    default void complete(RecordWrite<T> write, CommunityFacts community, Parameters parameters) {
    }

    /**
     * Reviews one write in a community the plugin governs; {@code community} holds what is stored
     * there, read when first asked. Accepts by default.
     */
    default void review(RecordWrite<T> write, CommunityFacts community, Parameters parameters) {
    }
}
