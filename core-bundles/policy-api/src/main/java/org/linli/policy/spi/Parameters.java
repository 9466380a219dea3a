package org.linli.policy.spi;

import java.math.BigDecimal;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The values of a rule's parameters for the community being judged: the nearest configured
 * value (community, street, district, city, then the plugin's), or the default. A value that is
 * not of the asked type is an {@link IllegalArgumentException}, which the engine reports as a
 * configuration error on the rule rather than a verdict.
 */
@ProviderType
public interface Parameters {

    String text(String name);

    int integer(String name);

    BigDecimal decimal(String name);

    /** A comma-separated value, trimmed, empty items dropped. */
    List<String> list(String name);
}
