package org.linli.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code linli} realm's tables, {@code linli_user} and {@code linli_user_role}: the queries
 * the realm logs in with, and what its user management and login stamps read and write.
 */
final class LinliUserTables {
    static final String PASSWORD_QUERY = "SELECT password FROM linli_user WHERE name = ?";
    static final String ROLES_QUERY = "SELECT role FROM linli_user_role WHERE name = ? ORDER BY role";

    private final DataSource dataSource;

    LinliUserTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What the realm stores for {@code user}, in one query: the password digest and the roles.
     * Empty when there is no such user.
     */
    String stamp(String user) throws SQLException {
        StringBuilder stamp = new StringBuilder();
        for (String row : query("SELECT u.password || ' ' || COALESCE(r.role, '') FROM linli_user u"
                + " LEFT JOIN linli_user_role r ON r.name = u.name WHERE u.name = ? ORDER BY r.role", user)) {
            stamp.append(row).append('\n');
        }
        return stamp.toString();
    }

    /** The first column of each row. */
    List<String> query(String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, values)) {
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    int update(String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
        return statement;
    }
}
