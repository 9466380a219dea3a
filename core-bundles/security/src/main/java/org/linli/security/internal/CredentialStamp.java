package org.linli.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What a realm stores for a user, read cheaply before a remembered login is trusted: when it
 * differs from what it was at the login, the password or the roles changed (or the user is gone),
 * and the login is made again. Far cheaper than the login itself, which is why it is remembered.
 */
final class CredentialStamp {
    private CredentialStamp() {
    }

    /** The stamp of {@code realm}: a function of the user name, giving null when it cannot be read. */
    static Function<String, String> of(String realm, Supplier<DataSource> linli) {
        return switch (realm) {
            case LinliJdbcRealm.NAME -> user -> database(linli.get(), user);
            case "karaf" -> user -> file(Path.of(System.getProperty("karaf.etc", "etc"), "users.properties"));
            default -> user -> null;
        };
    }

    /** The stored password digest and roles: {@code linli_user} and {@code linli_user_role}. */
    static String database(DataSource dataSource, String user) {
        if (dataSource == null) {
            return null;
        }
        try {
            return new LinliUserTables(dataSource).stamp(user);
        } catch (SQLException e) {
            // A stamp that cannot be read matches none: the login is made again.
            return "unreadable " + System.nanoTime();
        }
    }

    /** The users file's size and time of change: any edit of it ends every login remembered. */
    static String file(Path users) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(users, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime();
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        }
    }
}
