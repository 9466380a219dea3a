package org.linli.security;

import java.util.Optional;
import javax.security.auth.Subject;
import org.osgi.annotation.versioning.ProviderType;

/** Checks a user name and password against Linli's JAAS realm. */
@ProviderType
public interface Authenticator {

    /** The authenticated subject with its user and role principals, or empty if the credentials are wrong. */
    Optional<Subject> authenticate(String user, String password);
}
