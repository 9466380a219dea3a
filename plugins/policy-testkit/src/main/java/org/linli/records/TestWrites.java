package org.linli.records;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.persistence.EntityManager;
import org.linli.common.Identified;
import org.linli.common.ValidationException;
import org.linli.common.FieldError;

/**
 * Builds {@link RecordWrite}s for a plugin's hook tests without a database: their constructors are
 * package-private, so this helper lives in the records package of the test classpath. The entity
 * manager behind {@link RecordWrite#find} answers from the records handed in and knows nothing else.
 */
public final class TestWrites {

    private TestWrites() {
    }

    /** A write and the refusals it collected. */
    public static final class Write<T> {
        private final RecordWrite<T> write;
        private final RecordCheck check;

        Write(RecordWrite<T> write, RecordCheck check) {
            this.write = write;
            this.check = check;
        }

        public RecordWrite<T> write() {
            return write;
        }

        /** The field errors the hooks added, in order; empty when the write may go on. */
        public List<FieldError> refusals() {
            try {
                check.fields().throwIfAny();
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
        RecordCheck check = check(others);
        return new Write<>(new RecordWrite<>(type, record, stored, () -> 1L, check), check);
    }

    /**
     * The step {@code action} ({@code ACCEPT}, …) of a register's workflow on the stored
     * {@code record}, as a register asks about it ({@link RecordWrite#action()}), in a transaction
     * where {@code find} sees exactly {@code others}. The caller is whoever {@code CallerContext} holds.
     */
    public static <T> Write<T> step(String type, T record, String action, Identified... others) {
        RecordCheck check = check(others);
        return new Write<>(new RecordWrite<>(type, record, record, () -> 1L, check, action), check);
    }

    private static RecordCheck check(Identified... others) {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(TestWrites.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 2) {
                        for (Identified other : others) {
                            if (((Class<?>) args[0]).isInstance(other) && Objects.equals(other.getId(), args[1])) {
                                return other;
                            }
                        }
                        return null;
                    }
                    if (method.getName().equals("toString")) {
                        return "test entity manager";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new RecordCheck(em, null, LocalDate.now());
    }
}
