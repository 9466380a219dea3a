package org.linli.policy.testkit;

import java.util.List;
import java.util.Objects;
import org.linli.common.FieldChecks;
import org.linli.common.FieldError;
import org.linli.common.Identified;
import org.linli.common.ValidationException;
import org.linli.records.RecordWrite;

/**
 * Builds {@link RecordWrite}s for a plugin's hook tests without a database: {@link RecordWrite#find}
 * answers from the records handed in and knows nothing else.
 */
public final class TestWrites {

    private TestWrites() {
    }

    /** A write and the refusals it collected. */
    public static final class Write<T> {
        private final RecordWrite<T> write;
        private final FieldChecks fields;

        Write(RecordWrite<T> write, FieldChecks fields) {
            this.write = write;
            this.fields = fields;
        }

        public RecordWrite<T> write() {
            return write;
        }

        /** The field errors the hooks added, in order; empty when the write may go on. */
        public List<FieldError> refusals() {
            try {
                fields.throwIfAny();
                return List.of();
            } catch (ValidationException e) {
                return e.getErrors();
            }
        }
    }

    /**
     * A write of {@code record} ({@code stored} is {@code null} on create), in a transaction where
     * {@code find} sees exactly {@code others}.
     */
    public static <T> Write<T> write(String type, T record, T stored, Identified... others) {
        FieldChecks fields = new FieldChecks();
        return new Write<>(RecordWrite.of(type, record, stored, () -> 1L, (kind, id) -> find(kind, id, others), fields), fields);
    }

    /**
     * The step {@code action} ({@code ACCEPT}, …) of a register's workflow on the stored
     * {@code record}, as a register asks about it ({@link RecordWrite#action()}), in a transaction
     * where {@code find} sees exactly {@code others}. The caller is whoever {@code CallerContext} holds.
     */
    public static <T> Write<T> step(String type, T record, String action, Identified... others) {
        FieldChecks fields = new FieldChecks();
        return new Write<>(RecordWrite.step(type, record, action, () -> 1L, (kind, id) -> find(kind, id, others), fields), fields);
    }

    private static Object find(Class<?> kind, Long id, Identified... others) {
        for (Identified other : others) {
            if (kind.isInstance(other) && Objects.equals(other.getId(), id)) {
                return other;
            }
        }
        return null;
    }
}
