package org.linli.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Checks an integrator's API token ({@code Authorization: Bearer <token>}). */
@ProviderType
public interface TokenAuthenticator {

    /** The caller the token stands for, or empty if it is unknown or revoked. */
    Optional<Caller> authenticate(String token, String address);
}
