package org.linli.records;

import org.osgi.annotation.versioning.ProviderType;

/** Every {@link RecordGuard} running now, asked in turn; what a register holds to review its writes. */
@ProviderType
public interface RecordGuards {

    void complete(RecordWrite<?> write);

    void review(RecordWrite<?> write);

    /** Whether any guard lifts the register's {@code restriction} from the step {@code write}; see {@link RecordGuard#lifts}. */
    boolean lifts(RecordWrite<?> write, String restriction);
}
