package org.linli.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Checks a user name and password against Linli's JAAS realm and says who the caller is. */
@ProviderType
public interface Authenticator {

    /**
     * The caller with their roles and jurisdiction, or empty if the credentials are wrong.
     *
     * @param address where the call comes from, kept for the audit log
     */
    Optional<Caller> authenticate(String user, String password, String address);
}
