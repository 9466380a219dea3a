package org.linli.common;

/**
 * Which page of a result to return. Sizes are capped so that no single call can pull a whole
 * district's residents.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    /** How deep paging may go; past this a search should be narrowed instead. */
    public static final long MAX_OFFSET = 10_000_000L;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "min", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "range", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new ValidationException("page", "range", "page reaches past row " + MAX_OFFSET + "; narrow the search");
        }
    }

    /** Builds a request from optional query parameters, defaulting to the first page of 20. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
