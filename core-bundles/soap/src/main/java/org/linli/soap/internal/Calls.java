package org.linli.soap.internal;

import java.util.function.Supplier;
import org.linli.common.LinliException;
import org.linli.common.ValidationException;

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

    static <T> T required(String element, T value) {
        if (value == null) {
            throw new ValidationException(element, "required", element + " is required");
        }
        return value;
    }
}
