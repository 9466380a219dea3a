package org.linli.common;

import java.util.List;

/**
 * Base of the errors a Linli service throws on purpose. Each carries the field errors that caused
 * it, so that every door can name the offending field.
 */
public abstract class LinliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    protected LinliException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /**
     * What kind of error this is, the same word for every door: {@code invalid-input},
     * {@code unknown-reference}, {@code not-found}, {@code conflict} or {@code forbidden}.
     */
    public abstract String kind();
}
