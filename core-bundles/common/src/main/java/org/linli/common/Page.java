package org.linli.common;

import java.util.List;

/**
 * One page of a search result.
 *
 * @param items the entities on this page
 * @param page  the zero-based page number
 * @param size  the page size asked for
 * @param total how many entities match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
