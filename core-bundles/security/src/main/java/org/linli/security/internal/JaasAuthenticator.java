package org.linli.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;
import org.linli.common.ForbiddenException;
import org.linli.common.ValidationException;
import org.linli.security.Authenticator;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Jurisdictions;
import org.linli.security.Permission;
import org.linli.security.Role;
import org.linli.security.SignInListener;
import org.linli.security.SignInLocks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates against a Karaf JAAS realm and makes the caller: the Linli roles among the JAAS
 * roles, and the user's jurisdiction. A JAAS login costs far more than the request it guards, so
 * a successful login is remembered for a short time under a salted hash of the credentials, with
 * a stamp of what the realm stores for the user ({@link CredentialStamp}): a changed or removed
 * password or role ends it at once; a changed jurisdiction takes effect when the time runs out. An account or an
 * address that fails too often is locked for a while ({@link SignInThrottle}); every failure and
 * every lock is told to the {@link SignInListener}s, the audit log among them.
 */
@Component(service = {Authenticator.class, SignInLocks.class}, configurationPid = "org.linli.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator, SignInLocks {

    @ObjectClassDefinition(name = "Linli authentication")
    public @interface Config {
        @AttributeDefinition(description = "The JAAS realm users log in to: linli (Linli's database), or karaf (etc/users.properties) for development")
        String realm() default "linli";

        @AttributeDefinition(description = "Seconds a successful login is remembered; 0 remembers none")
        int cacheSeconds() default 60;

        @AttributeDefinition(description = "How many logins are remembered at most")
        int cacheSize() default 10_000;

        @AttributeDefinition(description = "Failed sign-ins within the window that lock an account")
        int maxFailures() default 5;

        @AttributeDefinition(description = "Failed sign-ins within the window that lock an address, whatever the accounts tried")
        int maxAddressFailures() default 50;

        @AttributeDefinition(description = "Seconds within which failures are counted together")
        int failureWindowSeconds() default 900;

        @AttributeDefinition(description = "Seconds a lock lasts unless an administrator lifts it")
        int lockSeconds() default 900;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private record Cached(Caller caller, long expiresAt, String stamp) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final String realm;
    private final long cacheMillis;
    private final int cacheSize;
    private final byte[] salt = new byte[16];

    private final Jurisdictions jurisdictions;
    private final SignInThrottle throttle;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<SignInListener> listeners = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(osgi.jndi.service.name=linli)")
    volatile DataSource dataSource;

    /** What the realm stores for a user now; replaced in tests. */
    Function<String, String> stamp;
    private final Clock clock;

    @Activate
    public JaasAuthenticator(Config config, @Reference Jurisdictions jurisdictions, @Reference Clock clock) {
        this.clock = clock;
        this.jurisdictions = jurisdictions;
        this.realm = config.realm();
        this.cacheMillis = config.cacheSeconds() * 1000L;
        this.cacheSize = config.cacheSize();
        this.throttle = new SignInThrottle(config.maxFailures(), config.maxAddressFailures(),
                Duration.ofSeconds(config.failureWindowSeconds()), Duration.ofSeconds(config.lockSeconds()), clock);
        this.stamp = CredentialStamp.of(realm, () -> dataSource);
        new java.security.SecureRandom().nextBytes(salt);
    }

    @Override
    public Optional<Caller> authenticate(String user, String password, String address) {
        if (user == null || password == null) {
            return Optional.empty();
        }
        // A locked account or address is refused untried, and not told again: its lock was.
        if (throttle.locked(user, address)) {
            return Optional.empty();
        }
        String key = cacheMillis > 0 ? key(user, password) : null;
        long now = clock.millis();
        // Read before the login, so that a change made during it ends the login remembered.
        String stored = key == null ? null : stamp.apply(user);
        if (key != null) {
            Cached cached = cache.get(key);
            if (cached != null && cached.expiresAt() > now && Objects.equals(cached.stamp(), stored)) {
                return Optional.of(cached.caller().at(address));
            }
        }
        Optional<Caller> caller = login(user, password).map(subject -> caller(user, subject));
        if (caller.isEmpty()) {
            String reason = throttle.failed(user, address) ? SignInListener.NOW_LOCKED : SignInListener.WRONG_CREDENTIALS;
            for (SignInListener listener : listeners) {
                tell(() -> listener.refused(user, address, reason));
            }
        } else {
            throttle.succeeded(user);
        }
        if (key != null && caller.isPresent()) {
            if (cache.size() >= cacheSize) {
                cache.values().removeIf(c -> c.expiresAt() <= now);
                if (cache.size() >= cacheSize) {
                    cache.clear();
                }
            }
            cache.put(key, new Cached(caller.get(), now + cacheMillis, stored));
        }
        return caller.map(c -> c.at(address));
    }

    @Override
    public List<Lock> current() {
        requireWholeTerritory();
        return throttle.locks();
    }

    @Override
    public boolean lift(String kind, String name) {
        requireWholeTerritory();
        if (!SignInThrottle.USER.equals(kind) && !SignInThrottle.ADDRESS.equals(kind)) {
            throw new ValidationException("kind", "type", "kind must be user or address");
        }
        boolean lifted = throttle.lift(kind, name);
        if (lifted) {
            for (SignInListener listener : listeners) {
                tell(() -> listener.lifted(kind, name));
            }
        }
        return lifted;
    }

    private static void requireWholeTerritory() {
        if (!CallerContext.require(Permission.USERS_MANAGE).everywhere()) {
            throw new ForbiddenException("lift sign-in locks: an administrator of the whole territory does");
        }
    }

    /** A listener that fails does not fail the sign-in. */
    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("a sign-in listener failed", e);
        }
    }

    /** The caller a JAAS subject stands for: its Linli roles and the user's jurisdiction. */
    private Caller caller(String user, Subject subject) {
        return new Caller(user, Role.among(subject.getPrincipals()), jurisdictions.of(user), null);
    }

    private Optional<Subject> login(String user, String password) {
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Karaf's JAAS proxy login module is found through the context class loader.
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return Optional.of(subject);
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private String key(String user, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(user.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
