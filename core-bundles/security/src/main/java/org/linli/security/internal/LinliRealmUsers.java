package org.linli.security.internal;

import java.security.Principal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lets Karaf's {@code jaas:} console commands manage the users of the {@code linli} realm
 * ({@code jaas:realm-manage --realm linli}, {@code jaas:user-add}, {@code jaas:role-add},
 * {@code jaas:update}): Karaf registers no backing engine for its JDBC login module. Passwords are
 * stored salted and stretched by {@link Pbkdf2Encryption}, as the realm reads them. The realm has
 * no groups.
 */
@Component(service = BackingEngineFactory.class)
public class LinliRealmUsers implements BackingEngineFactory {
    private static final String JDBC_MODULE = "org.apache.karaf.jaas.modules.jdbc.JDBCLoginModule";
    private final LinliUserTables tables;
    private final Pbkdf2Encryption encryption = new Pbkdf2Encryption();

    @Activate
    public LinliRealmUsers(@Reference(target = "(osgi.jndi.service.name=linli)") DataSource dataSource) {
        this.tables = new LinliUserTables(dataSource);
    }

    @Override
    public String getModuleClass() {
        return JDBC_MODULE;
    }

    @Override
    public BackingEngine build(Map<String, ?> options) {
        return new Engine();
    }

    private final class Engine implements BackingEngine {
        @Override
        public void addUser(String user, String password) {
            if (user.startsWith(GROUP_PREFIX)) {
                throw new IllegalArgumentException("a user name may not begin with " + GROUP_PREFIX);
            }
            String stored = "{CRYPT}" + encryption.encryptPassword(password) + "{CRYPT}";
            // A user added again gets the new password: that is how a password is changed.
            if (update("UPDATE linli_user SET password = ? WHERE name = ?", stored, user) == 0) {
                update("INSERT INTO linli_user (name, password) VALUES (?, ?)", user, stored);
            }
        }

        @Override
        public void deleteUser(String user) {
            update("DELETE FROM linli_user_role WHERE name = ?", user);
            update("DELETE FROM linli_user WHERE name = ?", user);
        }

        @Override
        public List<UserPrincipal> listUsers() {
            return query("SELECT name FROM linli_user ORDER BY name").stream().map(UserPrincipal::new).toList();
        }

        @Override
        public UserPrincipal lookupUser(String user) {
            return query("SELECT name FROM linli_user WHERE name = ?", user).stream().findFirst().map(UserPrincipal::new).orElse(null);
        }

        @Override
        public List<RolePrincipal> listRoles(Principal principal) {
            return query(LinliUserTables.ROLES_QUERY, principal.getName()).stream()
                    .map(RolePrincipal::new).toList();
        }

        @Override
        public void addRole(String user, String role) {
            if (query("SELECT role FROM linli_user_role WHERE name = ? AND role = ?", user, role).isEmpty()) {
                update("INSERT INTO linli_user_role (name, role) VALUES (?, ?)", user, role);
            }
        }

        @Override
        public void deleteRole(String user, String role) {
            update("DELETE FROM linli_user_role WHERE name = ? AND role = ?", user, role);
        }

        @Override
        public List<GroupPrincipal> listGroups(UserPrincipal user) {
            return List.of();
        }

        @Override
        public Map<GroupPrincipal, String> listGroups() {
            return Map.of();
        }

        @Override
        public void addGroup(String user, String group) {
            throw noGroups();
        }

        @Override
        public void createGroup(String group) {
            throw noGroups();
        }

        @Override
        public void deleteGroup(String user, String group) {
            throw noGroups();
        }

        @Override
        public void addGroupRole(String group, String role) {
            throw noGroups();
        }

        @Override
        public void deleteGroupRole(String group, String role) {
            throw noGroups();
        }

        private UnsupportedOperationException noGroups() {
            return new UnsupportedOperationException("the linli realm has no groups: give each user their role");
        }
    }

    private int update(String sql, String... values) {
        try {
            return tables.update(sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException("the linli realm's users could not be changed: " + e.getMessage(), e);
        }
    }

    private List<String> query(String sql, String... values) {
        try {
            return tables.query(sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException("the linli realm's users could not be read: " + e.getMessage(), e);
        }
    }
}
