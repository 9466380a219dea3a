package org.linli.policy.spi;

import java.util.Objects;

/** A text in Chinese, Linli's first language, and English. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }
}
