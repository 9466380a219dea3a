package org.linli.territory;

import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.records.RecordStore;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the territory tree. Every write is one transaction: on any error nothing changes. Every
 * call acts for the current {@link org.linli.security.CallerContext caller}: it needs the role for
 * it ({@link org.linli.common.ForbiddenException} otherwise) and sees only the caller's
 * jurisdiction; nodes outside it answer as if they did not exist.
 *
 * <p>Errors: {@link org.linli.common.ValidationException} for bad input (a node's parent must be
 * exactly one level up), {@link org.linli.common.NotFoundException} for an unknown node,
 * {@link org.linli.common.ConflictException} for a duplicate code or a node still in use.
 *
 * <p>As a {@link RecordStore}, the kind {@code territory/nodes}: its writes are completed and
 * reviewed by the record guards as every register's are, and its filters are {@code parentId},
 * {@code withinId}, {@code level}, {@code code} and {@code name}.
 */
@ProviderType
public interface TerritoryService extends RecordStore<TerritoryNode> {

    TerritoryNode create(TerritoryNode node);

    TerritoryNode get(long id);

    /** Renames, re-codes, re-assigns plugins and, when {@code parentId} changes, moves the subtree. */
    TerritoryNode update(long id, TerritoryNode node);

    /** Deletes a node that has no children and that no household or resident refers to. */
    void delete(long id);

    Page<TerritoryNode> search(TerritoryQuery query, PageRequest page);

    /** The part of the territory the current caller may see. */
    Scope scope();
}
