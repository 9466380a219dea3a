package org.linli.apitokens.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.apitokens.ApiToken;
import org.linli.apitokens.ApiTokenService;
import org.linli.apitokens.IssuedToken;
import org.linli.audit.AuditLog;
import org.linli.common.FieldChecks;
import org.linli.common.Failures;
import org.linli.common.NotFoundException;
import org.linli.common.PageRequest;
import org.linli.database.Database;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.security.Role;
import org.linli.security.TokenAuthenticator;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tokens are 32 random bytes; the database keeps only their SHA-256 digest, which is enough for
 * secrets of that entropy and lets a lookup use the unique index.
 */
@Component(service = {ApiTokenService.class, TokenAuthenticator.class})
public class JpaApiTokens implements ApiTokenService, TokenAuthenticator {
    /** What a token may be scoped to: the integrator role's permissions. */
    static final Set<Permission> GRANTABLE = EnumSet.copyOf(Arrays.stream(Permission.values())
            .filter(Role.INTEGRATOR::allows).toList());
    static final String PREFIX = "linli_";

    private final JpaTemplate jpa;
    private final TerritoryService territory;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    /** Linli's clock in UTC: token times are stored as UTC times. */
    private final Clock clock;
    private final RememberedTokens<Caller> remembered;

    @Activate
    public JpaApiTokens(@Reference(target = "(osgi.unit.name=linli-api-tokens)") JpaTemplate jpa,
                        @Reference TerritoryService territory, @Reference AuditLog audit, @Reference Database migrated,
                        @Reference Clock clock) {
        this.clock = clock.withZone(ZoneOffset.UTC);
        this.remembered = new RememberedTokens<>(clock::instant);
        this.jpa = jpa;
        this.territory = territory;
        this.audit = audit;
    }

    @Override
    public IssuedToken issue(String client, List<String> jurisdictions, List<Permission> scopes, Instant expiresAt) {
        Caller issuer = CallerContext.require(Permission.TOKENS_MANAGE);
        FieldChecks checks = new FieldChecks().name("client", client, 100);
        if (jurisdictions == null || jurisdictions.isEmpty()) {
            checks.add("jurisdictions", "required", "a token needs at least one territory node code, or *");
        } else {
            for (int i = 0; i < jurisdictions.size(); i++) {
                String code = jurisdictions.get(i);
                String field = "jurisdictions[" + i + "]";
                if (Caller.EVERYWHERE.equals(code)) {
                    if (!issuer.everywhere()) {
                        checks.add(field, "outside", "a token cannot reach beyond your own jurisdiction");
                    }
                } else if (code == null || new FieldChecks().searchText(field, code).hasErrors() || !visible(code)) {
                    // A node outside the issuer's jurisdiction is, to them, no node at all.
                    checks.add(field, "not_found", "no territory node has the code " + code);
                }
            }
        }
        if (scopes == null || scopes.isEmpty()) {
            checks.add("scopes", "required", "a token needs at least one scope");
        } else {
            for (int i = 0; i < scopes.size(); i++) {
                if (scopes.get(i) == null || !GRANTABLE.contains(scopes.get(i)) || !issuer.may(scopes.get(i))) {
                    checks.add("scopes[" + i + "]", "not_grantable", "a token may be scoped to " + GRANTABLE
                            + " only, and to what its issuer may do");
                }
            }
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            checks.add("expiresAt", "past", "expiresAt must be in the future");
        }
        checks.throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return inTransaction(em -> {
            ApiTokenEntity row = new ApiTokenEntity();
            row.client = client.strip();
            row.tokenHash = digest(secret);
            row.jurisdictions = String.join(",", new LinkedHashSet<>(jurisdictions));
            row.scopes = String.join(",", scopes.stream().distinct().map(Enum::name).toList());
            row.createdAt = LocalDateTime.now(clock);
            row.createdBy = issuer.user();
            row.expiresAt = expiresAt == null ? null : LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
            em.persist(row);
            em.flush();
            audit.record("issue-token", "api-token", row.id, List.of(), null, "client " + row.client);
            return new IssuedToken(toApi(row), secret);
        });
    }

    @Override
    public List<ApiToken> list() {
        CallerContext.require(Permission.TOKENS_MANAGE);
        return inTransaction(em -> em.createQuery("SELECT t FROM ApiTokenEntity t ORDER BY t.id DESC", ApiTokenEntity.class)
                .getResultList().stream().filter(within()).map(JpaApiTokens::toApi).toList());
    }

    @Override
    public void revoke(long id) {
        CallerContext.require(Permission.TOKENS_MANAGE);
        remembered.revoked(id);
        inTransaction(em -> {
            ApiTokenEntity row = em.find(ApiTokenEntity.class, id);
            if (row == null || !within().test(row)) {
                throw new NotFoundException("id", "API token", id);
            }
            if (row.revokedAt == null) {
                row.revokedAt = LocalDateTime.now(clock);
                audit.record("revoke-token", "api-token", id, List.of(), null, "client " + row.client);
            }
            return null;
        });
        remembered.revoked(id);
    }

    @Override
    public Optional<Caller> authenticate(String token, String address) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return remembered.find(digest(token), hash -> jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT t FROM ApiTokenEntity t WHERE t.tokenHash = :hash AND t.revokedAt IS NULL"
                                + " AND (t.expiresAt IS NULL OR t.expiresAt > :now)", ApiTokenEntity.class)
                .setParameter("hash", hash).setParameter("now", LocalDateTime.now(clock)).getResultList().stream().findFirst()
                .map(row -> new RememberedTokens.Found<>(new Caller("token:" + row.client, Set.of(Role.INTEGRATOR),
                        Set.of(row.jurisdictions.split(",")), null, scopesOf(row)), row.id,
                        row.expiresAt == null ? null : row.expiresAt.toInstant(ZoneOffset.UTC)))))
                .map(caller -> caller.at(address));
    }

    /**
     * Whether every node a token reaches lies in the caller's jurisdiction: only then may they see
     * or revoke it. Each code is looked up once per call, however many tokens name it.
     */
    private Predicate<ApiTokenEntity> within() {
        if (CallerContext.current().everywhere()) {
            return row -> true;
        }
        Map<String, Boolean> seen = new HashMap<>();
        return row -> Arrays.stream(row.jurisdictions.split(","))
                .allMatch(code -> !Caller.EVERYWHERE.equals(code) && seen.computeIfAbsent(code, this::visible));
    }

    /** Whether the node with this code exists and the caller may see it. */
    private boolean visible(String code) {
        return territory.search(new TerritoryQuery(null, null, null, code, null), PageRequest.of(0, 1)).total() > 0;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (RuntimeException e) {
            throw Failures.unwrap(e);
        }
    }

    private static Set<Permission> scopesOf(ApiTokenEntity row) {
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        Arrays.stream(row.scopes.split(",")).map(Permission::valueOf).forEach(scopes::add);
        return scopes;
    }

    private static ApiToken toApi(ApiTokenEntity row) {
        return new ApiToken(row.id, row.client, List.of(row.jurisdictions.split(",")), List.copyOf(scopesOf(row)),
                row.createdAt.toInstant(ZoneOffset.UTC), row.createdBy,
                row.revokedAt == null ? null : row.revokedAt.toInstant(ZoneOffset.UTC),
                row.expiresAt == null ? null : row.expiresAt.toInstant(ZoneOffset.UTC));
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
