package org.linli.imports;

import java.util.Arrays;
import java.util.Optional;

/** How an import or export file is written. */
public enum ImportFormat {
    /** RFC 4180 text in UTF-8, a header of column names first. */
    CSV("text/csv"),
    /** One JSON object per line, keyed by column name (JSON Lines, NDJSON). */
    JSON_LINES("application/x-ndjson");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type such as {@code text/csv; charset=utf-8}. */
    public static Optional<ImportFormat> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(type)
                || (f == JSON_LINES && (type.equalsIgnoreCase("application/jsonl") || type.equalsIgnoreCase("application/jsonlines")))).findFirst();
    }
}
