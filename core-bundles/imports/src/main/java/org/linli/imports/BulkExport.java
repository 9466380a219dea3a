package org.linli.imports;

import java.io.IOException;
import java.sql.Connection;
import org.osgi.annotation.versioning.ProviderType;

/** One export as a {@link BulkKind} writes it. */
@ProviderType
public interface BulkExport {

    /** A read-only connection whose queries may stream their rows. */
    Connection connection();

    boolean postgres();

    /** Writes one record, one value per column, {@code null} for none. */
    void row(Object... values) throws IOException;
}
