package org.linli.common;

/**
 * Which page of a result to return. Sizes are capped so that no single call can pull a whole
 * district's residents.
 *
 * <p>A page is named by its number, or, for lists ordered by id, by the id it follows
 * ({@code after}: keyset paging). The second is as fast on the millionth row as on the first,
 * where a page number makes the database read and skip every row before it.
 *
 * @param page  the zero-based page number; 0 when {@code after} is given
 * @param size  how many items a page holds
 * @param after the page starts with the first item whose id is greater; null to page by number
 */
public record PageRequest(int page, int size, Long after) {
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
            throw new ValidationException("page", "range", "page reaches past row " + MAX_OFFSET
                    + "; narrow the search, or page with after");
        }
        if (after != null && after < 0) {
            throw new ValidationException("after", "min", "after must be an id, 0 or more");
        }
        if (after != null && page > 0) {
            throw new ValidationException("after", "conflict", "give page or after, not both");
        }
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    /** Builds a request from optional query parameters, defaulting to the first page of 20. */
    public static PageRequest of(Integer page, Integer size) {
        return of(page, size, null);
    }

    public static PageRequest of(Integer page, Integer size, Long after) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, after);
    }

    public int offset() {
        return page * size;
    }

    /** For a list not ordered by id, which can only be paged by number. */
    public PageRequest requireNumbered() {
        if (after != null) {
            throw new ValidationException("after", "unsupported", "this list is not ordered by id; page it with page");
        }
        return this;
    }
}
