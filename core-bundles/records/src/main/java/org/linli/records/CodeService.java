package org.linli.records;

import java.util.List;
import org.linli.common.Records;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The code lists. Every authenticated caller reads them; changing them needs
 * {@link org.linli.security.Permission#CODES_MANAGE}. A list and a code never change once
 * stored (records refer to them); names and positions do.
 */
@ProviderType
public interface CodeService extends Records<Code>, Register {

    /** The entries of one list, in their order. */
    List<Code> list(String list);
}
