package org.linli.apitokens;

import java.util.List;
import org.linli.security.Permission;
import org.osgi.annotation.versioning.ProviderType;

/** Issues, lists and revokes API tokens; every call needs {@link Permission#TOKENS_MANAGE} and is audited. */
@ProviderType
public interface ApiTokenService {

    IssuedToken issue(String client, List<String> jurisdictions, List<Permission> scopes);

    /** Every token, newest first, revoked ones included. */
    List<ApiToken> list();

    /** Revokes a token at once; a revoked token stays listed. */
    void revoke(long id);
}
