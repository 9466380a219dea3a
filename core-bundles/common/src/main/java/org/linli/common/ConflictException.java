package org.linli.common;

/** The input is well-formed but clashes with stored data (a duplicate ID number, a node with children…). */
public class ConflictException extends LinliException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String code, String message) {
        super(message, java.util.List.of(new FieldError(field, code, message)));
    }

    @Override
    public String kind() {
        return "conflict";
    }
}
