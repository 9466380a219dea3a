package org.linli.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.linli.common.FieldError;

/**
 * An RFC 9457 problem-details body. {@code errors} lists every offending field by its path in the
 * request ({@code idNumber}, {@code members[1].name}, or a query parameter).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://linli.org/problems/";

    static Problem of(int status, String kind, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPES + kind, title, status, detail, errors);
    }
}
