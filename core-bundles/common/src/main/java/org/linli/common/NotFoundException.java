package org.linli.common;

import java.util.List;

/**
 * A referenced entity does not exist. {@code field} names where the reference came from: the path
 * parameter ({@code id}) or a body field such as {@code dwellingId}.
 */
public class NotFoundException extends LinliException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String entity, Object id) {
        super(entity + " " + id + " does not exist",
                List.of(new FieldError(field, "not_found", entity + " " + id + " does not exist")));
    }

    /**
     * {@code not-found} when the addressed resource itself is missing ({@code field} is {@code id}),
     * {@code unknown-reference} when the input refers to something that does not exist.
     */
    @Override
    public String kind() {
        return "id".equals(getErrors().get(0).field()) ? "not-found" : "unknown-reference";
    }
}
