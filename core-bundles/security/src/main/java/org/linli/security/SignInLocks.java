package org.linli.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts and addresses locked after failing to sign in too often (登录锁定): refused, their
 * password untried, until the lock runs out or an administrator of the whole territory lifts it.
 */
@ProviderType
public interface SignInLocks {

    /**
     * A lock in force.
     *
     * @param kind  {@code user} or {@code address}
     * @param name  the user name or the address
     * @param until when it runs out by itself
     */
    @Schema(name = "SignInLock")
    record Lock(@Schema(allowableValues = {"user", "address"}) String kind, String name, @Schema(description = "When the lock runs out by itself") Instant until) {
    }

    /** The locks in force; needs {@link Permission#USERS_MANAGE} over the whole territory. */
    List<Lock> current();

    /**
     * Lifts a lock; needs {@link Permission#USERS_MANAGE} over the whole territory, and is
     * audited. Whether there was one to lift.
     */
    boolean lift(String kind, String name);
}
