package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The production set-up: the doors authenticate against the {@code linli} JAAS realm, whose users
 * live hashed in Linli's database, and the development users of etc/users.properties count for
 * nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JdbcRealmIT extends LinliTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    /** Present only once the migrations have made the user tables. */
    @Inject
    private org.linli.database.Database migrated;

    @Inject
    private SessionFactory shells;

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut("etc/org.linli.security.cfg", "realm", "linli"));
        options.add(editConfigurationFilePut("etc/org.linli.security.jurisdictions.cfg", "wang", "*"));
        return options.toArray(new Option[0]);
    }

    @Test
    public void usersOfLinlisDatabaseLogInWithTheirRolesAndNoOneElseDoes() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO linli_user (name, password) VALUES (?, ?)")) {
                user.setString(1, "wang");
                user.setString(2, "{CRYPT}" + pbkdf2("s3cret-王") + "{CRYPT}");
                user.executeUpdate();
            }
            try (PreparedStatement role = connection.prepareStatement("INSERT INTO linli_user_role (name, role) VALUES (?, ?)")) {
                role.setString(1, "wang");
                role.setString(2, "linli-street-officer");
                role.executeUpdate();
            }
        }
        awaitUp("wang", "s3cret-王");
        assertEquals(200, call("GET", "/api/v1/territory/nodes", null, "wang", "s3cret-王").status());
        assertEquals("a street officer does not change the territory", 403, call("POST", "/api/v1/territory/nodes",
                "{\"level\":\"CITY\",\"code\":\"C9\",\"name\":\"市\"}", "wang", "s3cret-王").status());
        assertEquals(401, call("GET", "/api/v1/health", null, "wang", "wrong").status());
        assertEquals("users.properties is not the production realm", 401,
                call("GET", "/api/v1/health", null, "demo", "demo").status());
        assertEquals(200, call("GET", "/soap/residents?wsdl", null, "wang", "s3cret-王").status());

        // A changed password ends the remembered login at once, not when the cache runs out.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement change = connection.prepareStatement("UPDATE linli_user SET password = ? WHERE name = ?")) {
            change.setString(1, "{CRYPT}" + pbkdf2("new-王") + "{CRYPT}");
            change.setString(2, "wang");
            change.executeUpdate();
        }
        assertEquals("the old password", 401, call("GET", "/api/v1/territory/nodes", null, "wang", "s3cret-王").status());
        assertEquals(200, call("GET", "/api/v1/territory/nodes", null, "wang", "new-王").status());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement role = connection.prepareStatement("DELETE FROM linli_user_role WHERE name = ?")) {
            role.setString(1, "wang");
            role.executeUpdate();
        }
        assertEquals("a role taken away is gone at once", 403, call("GET", "/api/v1/territory/nodes", null, "wang", "new-王").status());
    }

    /** As docs/operations.md tells a district IT team to create the first administrator of a fresh installation. */
    @Test
    public void theFirstAdministratorIsMadeFromTheKarafConsole() throws Exception {
        // bin/karaf's console user holds Karaf's admin role (karaf.local.roles), which jaas:update needs.
        // The realm can be managed once its users' store has its database; until then nothing changes.
        String console = "";
        for (int i = 0; i < 120 && !console.contains("first-admin"); i++) {
            console = shellAs(shells, String.join("\n", "jaas:realm-manage --realm linli",
                    "jaas:user-add first-admin 'Kai-qi 2026!'", "jaas:role-add first-admin linli-admin", "jaas:update",
                    "config:property-set -p org.linli.security.jurisdictions first-admin '*'", "jaas:realm-manage --realm linli",
                    "jaas:user-list", "jaas:cancel"), "admin", "manager");
            Thread.sleep(250);
        }
        Answer health = null;
        for (int i = 0; i < 40 && (health == null || health.status() != 200); i++) {
            health = call("GET", "/api/v1/health", null, "first-admin", "Kai-qi 2026!");
            Thread.sleep(250);
        }
        assertEquals(console + " " + health, 200, health.status());
        assertTrue("an administrator of the whole territory: " + health, health.json().has("database"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement stored = connection.prepareStatement("SELECT password FROM linli_user WHERE name = 'first-admin'");
             java.sql.ResultSet row = stored.executeQuery()) {
            assertTrue(row.next());
            assertTrue("salted and stretched: " + row.getString(1), row.getString(1).startsWith("{CRYPT}pbkdf2-sha256$600000$"));
        }
    }

    /** The stored form, made here independently of Linli: salt and iteration count travel with it. */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = "linli-test-salt!".getBytes(StandardCharsets.UTF_8);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1000, 256)).getEncoded();
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$1000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
