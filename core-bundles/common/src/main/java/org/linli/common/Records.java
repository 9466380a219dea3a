package org.linli.common;

import java.util.Map;
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

    /** The filters {@link #search} accepts, by name, each with what it matches. */
    Map<String, String> filters();
}
