package org.linli.apitokens;

import java.time.Instant;
import java.util.List;
import org.linli.security.Permission;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Issues, lists and revokes API tokens; every call needs {@link Permission#TOKENS_MANAGE} and is
 * audited. An administrator sees and revokes only tokens within their own jurisdiction, and a
 * token never reaches beyond its issuer's jurisdiction or permissions.
 */
@ProviderType
public interface ApiTokenService {

    /** @param expiresAt when the token stops working by itself, or {@code null} for never; in the future */
    IssuedToken issue(String client, List<String> jurisdictions, List<Permission> scopes, Instant expiresAt);

    /** Every token within the caller's jurisdiction, newest first, revoked and expired ones included. */
    List<ApiToken> list();

    /** Revokes a token at once; a revoked token stays listed. */
    void revoke(long id);
}
