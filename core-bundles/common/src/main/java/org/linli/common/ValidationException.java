package org.linli.common;

import java.util.List;

/** The input breaks a rule (missing, too long, malformed, wrong check digit…). Nothing was changed. */
public class ValidationException extends LinliException {
    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors), errors);
    }

    public ValidationException(String field, String code, String message) {
        this(List.of(new FieldError(field, code, message)));
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one field error");
        }
        return errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid";
    }

    @Override
    public String kind() {
        return "invalid-input";
    }
}
