package org.linli.security;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/** Which territory nodes (by code) each user may see; {@link Caller#EVERYWHERE} for all of them. */
@ConsumerType
public interface Jurisdictions {

    /** The codes of the nodes {@code user} may see; empty if none. */
    Set<String> of(String user);
}
