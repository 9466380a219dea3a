package org.linli.soap.internal;

import java.util.Arrays;
import java.util.function.Supplier;
import org.linli.common.LinliException;
import org.linli.common.ValidationException;
import org.linli.territory.TerritoryLevel;

/** Runs a service call and turns a Linli error into the declared SOAP fault. */
final class Calls {
    private Calls() {
    }

    static <T> T call(Supplier<T> work) throws LinliFault {
        try {
            return work.get();
        } catch (LinliException e) {
            throw LinliFault.of(e);
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
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TerritoryLevel.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("level", "type", "level must be one of " + Arrays.toString(TerritoryLevel.values()));
        }
    }

    static <T> T required(String element, T value) {
        if (value == null) {
            throw new ValidationException(element, "required", element + " is required");
        }
        return value;
    }
}
