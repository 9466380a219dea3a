package org.linli.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.linli.security.Authenticator;
import org.linli.security.Caller;
import org.linli.security.Jurisdictions;
import org.linli.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Authenticates against a Karaf JAAS realm and makes the caller: the Linli roles among the JAAS
 * roles, and the user's jurisdiction. A JAAS login costs far more than the request it guards, so
 * a successful login is remembered for a short time under a salted hash of the credentials; a
 * changed password, role or jurisdiction takes effect when that time runs out.
 */
@Component(service = Authenticator.class, configurationPid = "org.linli.security")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {

    @ObjectClassDefinition(name = "Linli authentication")
    public @interface Config {
        @AttributeDefinition(description = "The JAAS realm users log in to")
        String realm() default "karaf";

        @AttributeDefinition(description = "Seconds a successful login is remembered; 0 remembers none")
        int cacheSeconds() default 60;

        @AttributeDefinition(description = "How many logins are remembered at most")
        int cacheSize() default 10_000;
    }

    private record Cached(Caller caller, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final String realm;
    private final long cacheMillis;
    private final int cacheSize;
    private final byte[] salt = new byte[16];

    private final Jurisdictions jurisdictions;

    @Activate
    public JaasAuthenticator(Config config, @Reference Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.realm = config.realm();
        this.cacheMillis = config.cacheSeconds() * 1000L;
        this.cacheSize = config.cacheSize();
        new java.security.SecureRandom().nextBytes(salt);
    }

    @Override
    public Optional<Caller> authenticate(String user, String password, String address) {
        String key = cacheMillis > 0 ? key(user, password) : null;
        long now = System.currentTimeMillis();
        if (key != null) {
            Cached cached = cache.get(key);
            if (cached != null && cached.expiresAt() > now) {
                return Optional.of(at(cached.caller(), address));
            }
        }
        Optional<Caller> caller = login(user, password).map(subject -> caller(user, subject));
        if (key != null && caller.isPresent()) {
            if (cache.size() >= cacheSize) {
                cache.values().removeIf(c -> c.expiresAt() <= now);
                if (cache.size() >= cacheSize) {
                    cache.clear();
                }
            }
            cache.put(key, new Cached(caller.get(), now + cacheMillis));
        }
        return caller.map(c -> at(c, address));
    }

    /** The caller a JAAS subject stands for: its Linli roles and the user's jurisdiction. */
    private Caller caller(String user, Subject subject) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Principal principal : subject.getPrincipals()) {
            // Karaf's RolePrincipal; matched by name to stay clear of Karaf's boot classes.
            if (principal.getClass().getSimpleName().equals("RolePrincipal")) {
                Role.ofJaasName(principal.getName()).ifPresent(roles::add);
            }
        }
        return new Caller(user, roles, jurisdictions.of(user), null);
    }

    private static Caller at(Caller caller, String address) {
        return caller.at(address);
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
