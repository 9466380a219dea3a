package org.linli.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.linli.common.ForbiddenException;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Role;
import org.linli.security.SignInListener;

/** Runs the authenticator against a real JAAS login with a login module that counts its logins. */
public class JaasAuthenticatorTest {
    static final AtomicInteger LOGINS = new AtomicInteger();
    private Configuration previous;

    /** Named like Karaf's role principal, which is how the authenticator recognises roles. */
    public static final class RolePrincipal implements Principal {
        private final String name;

        RolePrincipal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** Accepts {@code anna} / {@code secret} only, as a grid worker and a Karaf viewer. */
    public static class CountingLoginModule implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;
        private String user;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> shared, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            LOGINS.incrementAndGet();
            NameCallback name = new NameCallback("user");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException(e.getMessage());
            }
            if (!"anna".equals(name.getName()) || !"secret".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("wrong credentials");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            Principal principal = () -> user;
            subject.getPrincipals().add(principal);
            subject.getPrincipals().add(new RolePrincipal("linli-grid-worker"));
            subject.getPrincipals().add(new RolePrincipal("viewer"));
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    @Before
    public void installRealm() {
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return "test".equals(name) ? new AppConfigurationEntry[] {new AppConfigurationEntry(
                        CountingLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())}
                        : null;
            }
        });
        LOGINS.set(0);
    }

    @After
    public void restoreRealm() {
        Configuration.setConfiguration(previous);
    }

    @Test
    public void makesTheCallerFromRightCredentialsAndRefusesWrongOnes() {
        JaasAuthenticator authenticator = authenticator("test", 60);
        Caller anna = authenticator.authenticate("anna", "secret", "10.0.0.7").orElseThrow();
        assertEquals("anna", anna.user());
        assertEquals(Set.of(Role.GRID_WORKER), anna.roles());
        assertEquals(Set.of("110101001001-G1"), anna.jurisdictions());
        assertEquals("10.0.0.7", anna.address());
        assertEquals("10.0.0.8", authenticator.authenticate("anna", "secret", "10.0.0.8").orElseThrow().address());
        assertFalse(authenticator.authenticate("anna", "guess", null).isPresent());
        assertFalse(authenticator.authenticate("bob", "secret", null).isPresent());
        assertFalse(authenticator("no-such-realm", 60).authenticate("anna", "secret", null).isPresent());
    }

    @Test
    public void remembersASuccessfulLoginButNotAFailedOne() {
        JaasAuthenticator authenticator = authenticator("test", 60);
        assertTrue(authenticator.authenticate("anna", "secret", null).isPresent());
        assertTrue(authenticator.authenticate("anna", "secret", null).isPresent());
        assertEquals(1, LOGINS.get());
        assertFalse(authenticator.authenticate("anna", "guess", null).isPresent());
        assertFalse(authenticator.authenticate("anna", "guess", null).isPresent());
        assertEquals(3, LOGINS.get());
    }

    @Test
    public void aChangeOfWhatTheRealmStoresEndsTheRememberedLogin() {
        JaasAuthenticator authenticator = authenticator("test", 60);
        String[] stored = {"digest-1\nlinli-grid-worker,"};
        authenticator.stamp = user -> stored[0];
        assertTrue(authenticator.authenticate("anna", "secret", null).isPresent());
        assertTrue(authenticator.authenticate("anna", "secret", null).isPresent());
        assertEquals(1, LOGINS.get());
        stored[0] = "digest-2\nlinli-grid-worker,";
        assertTrue(authenticator.authenticate("anna", "secret", null).isPresent());
        assertEquals("the password was changed: the login is made again", 2, LOGINS.get());
        assertTrue(authenticator.authenticate("anna", "secret", null).isPresent());
        assertEquals(2, LOGINS.get());
    }

    @Test
    public void theUsersFileStampChangesWithTheFile() throws Exception {
        java.nio.file.Path users = java.nio.file.Files.createTempFile("users", ".properties");
        try {
            java.nio.file.Files.writeString(users, "anna = secret,linli-grid-worker\n");
            String before = CredentialStamp.file(users);
            assertEquals(before, CredentialStamp.file(users));
            java.nio.file.Files.writeString(users, "anna = changed,linli-grid-worker\n");
            java.nio.file.Files.setLastModifiedTime(users, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));
            assertFalse(before.equals(CredentialStamp.file(users)));
        } finally {
            java.nio.file.Files.delete(users);
        }
        assertFalse("a file that cannot be read matches nothing", CredentialStamp.file(users).equals(CredentialStamp.file(users)));
        assertEquals(null, CredentialStamp.database(null, "anna"));
    }

    @Test
    public void remembersNothingWhenTheCacheIsOff() {
        JaasAuthenticator authenticator = authenticator("test", 0);
        authenticator.authenticate("anna", "secret", null);
        authenticator.authenticate("anna", "secret", null);
        assertEquals(2, LOGINS.get());
    }

    @Test
    public void anAccountThatFailsTooOftenIsRefusedUntriedAndEachFailureIsTold() {
        JaasAuthenticator authenticator = authenticator("test", 60);
        List<String> told = new ArrayList<>();
        authenticator.listeners = List.of(new SignInListener() {
            @Override
            public void refused(String user, String address, String reason) {
                told.add(user + " " + address + " " + reason);
            }

            @Override
            public void lifted(String kind, String name) {
                told.add("lifted " + kind + " " + name);
            }
        });
        for (int i = 0; i < 3; i++) {
            assertFalse(authenticator.authenticate("anna", "guess" + i, "10.0.0.7").isPresent());
        }
        assertEquals(List.of("anna 10.0.0.7 wrong-credentials", "anna 10.0.0.7 wrong-credentials", "anna 10.0.0.7 now-locked"), told);
        int logins = LOGINS.get();
        assertFalse("the right password, too late", authenticator.authenticate("anna", "secret", "10.0.0.8").isPresent());
        assertEquals("a locked account's password is not tried", logins, LOGINS.get());
        assertEquals(3, told.size());

        // Only an administrator of the whole territory sees and lifts locks.
        Caller streetAdmin = new Caller("li", Set.of(Role.ADMIN), Set.of("110101001"), null);
        try {
            CallerContext.callAs(streetAdmin, authenticator::current);
            fail("an administrator of one street sees the locks");
        } catch (ForbiddenException expected) {
            // as it should
        }
        Caller admin = new Caller("demo", Set.of(Role.ADMIN), Set.of(Caller.EVERYWHERE), null);
        assertEquals("anna", CallerContext.callAs(admin, authenticator::current).get(0).name());
        assertTrue(CallerContext.callAs(admin, () -> authenticator.lift("user", "anna")));
        assertEquals("lifted user anna", told.get(3));
        assertTrue(authenticator.authenticate("anna", "secret", "10.0.0.8").isPresent());
    }

    private static JaasAuthenticator authenticator(String realm, int cacheSeconds) {
        return new JaasAuthenticator(config(realm, cacheSeconds),
                user -> "anna".equals(user) ? Set.of("110101001001-G1") : Set.of(), java.time.Clock.systemUTC());
    }

    private static JaasAuthenticator.Config config(String realm, int cacheSeconds) {
        return new JaasAuthenticator.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return JaasAuthenticator.Config.class;
            }

            @Override
            public String realm() {
                return realm;
            }

            @Override
            public int cacheSeconds() {
                return cacheSeconds;
            }

            @Override
            public int cacheSize() {
                return 100;
            }

            @Override
            public int maxFailures() {
                return 3;
            }

            @Override
            public int maxAddressFailures() {
                return 10;
            }

            @Override
            public int failureWindowSeconds() {
                return 900;
            }

            @Override
            public int lockSeconds() {
                return 900;
            }
        };
    }
}
