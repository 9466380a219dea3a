package org.linli.common;

/** Text helpers for queries built from user input. */
public final class SqlText {
    private SqlText() {
    }

    /**
     * A LIKE pattern matching everything that starts with {@code text}, with the wildcards of
     * {@code text} escaped by a backslash (use {@code ESCAPE '\'}).
     */
    public static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
