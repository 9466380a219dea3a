package org.linli.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.linli.common.FieldChecks;
import org.linli.common.FieldError;

/** What every {@link BulkKind} needs: the caller's jurisdiction in SQL, row errors, set-wise checks. */
public final class BulkRows {
    /** A guard of a bulk row cannot read other records: the import holds no entity manager. */
    public static final BiFunction<Class<?>, Long, Object> NO_FINDER = (kind, id) -> {
        throw new UnsupportedOperationException("a record guard cannot read other records during a bulk import");
    };

    private BulkRows() {
    }

    /**
     * A condition that a territory path column lies under one of {@code paths} (a caller's
     * jurisdiction): always true when {@code everywhere}, never when there are no paths.
     */
    public static String under(String pathColumn, boolean everywhere, List<String> paths) {
        if (everywhere) {
            return "1 = 1";
        }
        if (paths.isEmpty()) {
            return "1 = 0";
        }
        List<String> likes = new ArrayList<>();
        for (String path : paths) {
            if (!path.matches("[/0-9]+")) {
                throw new IllegalStateException("a territory path is digits and '/': " + path);
            }
            likes.add(pathColumn + " LIKE '" + path + "%'");
        }
        return "(" + String.join(" OR ", likes) + ")";
    }

    /** A cell's text stripped, or {@code null} when it is empty or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value of an enum column, in any case; {@code null} with an error in {@code checks} when it names no constant. */
    public static <E extends Enum<E>> E constant(FieldChecks checks, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ").append(constant.name());
            }
            checks.add(field, "enum", field + " must be one of " + names);
            return null;
        }
    }

    /**
     * Reports a row's field errors, the first of each column only (an unknown constant is not
     * also a missing one), renaming the record's reference fields to the file's columns.
     */
    public static void report(BulkLoad load, long line, FieldChecks checks, String... renames) {
        Set<String> reported = new HashSet<>();
        for (FieldError error : checks.errors()) {
            if (!reported.add(error.field())) {
                continue;
            }
            String field = error.field();
            for (int i = 0; i < renames.length; i += 2) {
                if (field.equals(renames[i])) {
                    field = renames[i + 1];
                }
            }
            load.error(line, field, error.code(), error.message());
        }
    }

    /**
     * Runs a set-wise check: {@code sql} selects the lines at fault, each gets {@code field}'s
     * error, with the second column (if any) added to the message.
     */
    public static void check(BulkLoad load, String sql, String field, String code, String message) throws SQLException {
        Connection connection = load.connection();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            boolean detail = rows.getMetaData().getColumnCount() > 1;
            while (rows.next()) {
                load.error(rows.getLong(1), field, code, detail ? message + " " + rows.getString(2) : message);
            }
        }
    }

    public static long update(BulkLoad load, String sql) throws SQLException {
        try (PreparedStatement statement = load.connection().prepareStatement(sql)) {
            return statement.executeLargeUpdate();
        }
    }

    /** The SQL of the next value of {@code sequence}. */
    public static String nextValue(BulkLoad load, String sequence) {
        return load.postgres() ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }
}
