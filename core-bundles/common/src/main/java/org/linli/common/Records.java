package org.linli.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One kind of record kept by a Linli register: create, read, replace, delete and search. Every
 * call acts for the current caller, needs the role for it and sees only the caller's
 * jurisdiction; a record outside it answers as if it did not exist. Every write is one
 * transaction: on any error nothing changes.
 *
 * @param <T> the record
 */
@ProviderType
public interface Records<T extends Identified> {

    /** Stores a new record; its {@code id} is given by Linli. */
    T create(T record);

    T get(long id);

    /** Replaces the writable fields of a stored record. */
    T update(long id, T record);

    void delete(long id);

    /**
     * Records matching every given filter, by id. A filter's value is text, parsed by the filter;
     * blank values are ignored; a name {@link #filters()} does not list is an error.
     */
    Page<T> search(Map<String, String> filters, PageRequest page);

    /**
     * Every record matching the filters, by id, as {@link #search} finds them, for a reader that
     * wants them all (the policy engine reads a community's records so). A store may skip what a
     * page tells beside its items, such as the total.
     */
    default List<T> all(Map<String, String> filters) {
        return everyPage(page -> search(filters, page).items());
    }

    /** The filters {@link #search} accepts, by name, each with what it matches. */
    Map<String, String> filters();

    /**
     * Every item of a list ordered by id, read by pages of {@link PageRequest#MAX_SIZE} that each
     * follow the last id of the one before: as fast at the list's end as at its start.
     */
    static <T extends Identified> List<T> everyPage(Function<PageRequest, List<T>> page) {
        List<T> all = new ArrayList<>();
        List<T> items;
        long after = 0;
        do {
            items = page.apply(PageRequest.of(0, PageRequest.MAX_SIZE, after));
            all.addAll(items);
            after = items.isEmpty() ? after : items.get(items.size() - 1).getId();
        } while (items.size() == PageRequest.MAX_SIZE);
        return List.copyOf(all);
    }
}
