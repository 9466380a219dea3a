package org.linli.soap.internal;

import java.util.Arrays;
import java.util.function.Supplier;
import org.linli.common.LinliException;
import org.linli.common.ValidationException;
import org.linli.territory.TerritoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service call and turns a Linli error into the declared SOAP fault; any other failure
 * into a Server fault of kind {@code internal} that says nothing of its cause, which is logged.
 */
final class Calls {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

    private Calls() {
    }

    static <T> T call(Supplier<T> work) throws LinliFault {
        try {
            return work.get();
        } catch (LinliException e) {
            throw LinliFault.of(e);
        } catch (RuntimeException e) {
            LOG.error("SOAP operation failed", e);
            throw LinliFault.internal();
        }
    }

    static void run(Runnable work) throws LinliFault {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * A level given as text: JAXB would quietly turn an unknown value into no value at all, and
     * a search by an unknown level into a search by none.
     */
    static TerritoryLevel level(String text) {
        return enumValue("level", text, TerritoryLevel.class);
    }

    /** An enum value given as text, as {@link #level} explains; {@code null} for none. */
    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "type", field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static <T> T required(String element, T value) {
        if (value == null) {
            throw new ValidationException(element, "required", element + " is required");
        }
        return value;
    }
}
