package org.linli.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of a register's kinds in Chinese and English: {@code kinds.properties} (English) and
 * {@code kinds_zh.properties} (Chinese, UTF-8) in the package of the register's record types.
 * Keys: the kind's path ({@code budget-lines}), then {@code .fieldName} and deeper for a field,
 * {@code .about} after either for the longer text, and {@code enum.TypeName.VALUE} for an
 * enumeration's values.
 */
final class Labels {
    /** The languages Linli speaks, the first the one it falls back to. */
    static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.CHINESE};

    private final Map<String, Properties> byLanguage;

    Labels(Class<?> owner) {
        String base = owner.getPackageName().replace('.', '/') + "/kinds";
        byLanguage = Map.of("en", load(owner, base + ".properties"), "zh", load(owner, base + "_zh.properties"));
    }

    /** The text under {@code key} in {@code locale}'s language, else in English. */
    Optional<String> get(String key, Locale locale) {
        return exactly(key, locale).or(() -> exactly(key, Locale.ENGLISH));
    }

    /** The text under {@code key} in exactly {@code locale}'s language; empty when it is missing there. */
    Optional<String> exactly(String key, Locale locale) {
        Properties words = byLanguage.get(locale.getLanguage());
        return words == null ? Optional.empty() : Optional.ofNullable(words.getProperty(key));
    }

    private static Properties load(Class<?> owner, String path) {
        Properties words = new Properties();
        try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return words;
    }
}
