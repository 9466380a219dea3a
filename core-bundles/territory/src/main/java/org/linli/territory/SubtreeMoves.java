package org.linli.territory;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told that a subtree moved under another parent, inside the transaction that moves it. A register
 * that keeps territory paths on its own rows (a resident keeps the paths of their dwelling and
 * their household's, so that a jurisdiction is a condition on the row) rewrites them there, and
 * the move commits or fails with them. Registered as an OSGi service; the territory calls every
 * one registered.
 */
@ConsumerType
public interface SubtreeMoves {
    /** Every path that began with {@code oldPath} (the moved node's own included) now begins with {@code newPath}. */
    void moved(String oldPath, String newPath);
}
