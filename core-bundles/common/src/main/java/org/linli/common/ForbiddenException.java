package org.linli.common;

import java.util.List;

/**
 * The caller's role does not allow this kind of action at all. (Data outside the caller's
 * jurisdiction is not forbidden but absent: a {@link NotFoundException}.)
 */
public class ForbiddenException extends LinliException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String action) {
        super("your role does not allow you to " + action, List.of());
    }

    @Override
    public String kind() {
        return "forbidden";
    }
}
