package org.linli.apitokens;

import java.time.Instant;
import java.util.List;
import org.linli.security.Permission;

/**
 * An issued token, without its secret.
 *
 * @param jurisdictions territory node codes the client may see, or {@code *}
 * @param scopes        what the client may do: a subset of the integrator role's permissions
 * @param revokedAt     when it was revoked, or {@code null} while it is valid
 * @param expiresAt     when it stops working by itself, or {@code null} for never
 */
public record ApiToken(long id, String client, List<String> jurisdictions, List<Permission> scopes, Instant createdAt,
                       String createdBy, Instant revokedAt, Instant expiresAt) {
    public ApiToken {
        jurisdictions = List.copyOf(jurisdictions);
        scopes = List.copyOf(scopes);
    }
}
