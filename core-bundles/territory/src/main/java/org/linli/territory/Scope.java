package org.linli.territory;

import java.util.List;

/**
 * The part of the territory a caller may see: every node whose path starts with one of
 * {@code paths}, or everything.
 *
 * @param everywhere whether the caller sees the whole territory
 * @param paths      the paths of the caller's jurisdiction nodes; empty when they see nothing
 */
public record Scope(boolean everywhere, List<String> paths) {
    public static final Scope EVERYWHERE = new Scope(true, List.of());
    public static final Scope NOWHERE = new Scope(false, List.of());

    public Scope {
        paths = List.copyOf(paths);
    }

    /** Whether the node with this path lies in the scope. */
    public boolean contains(String path) {
        return everywhere || (path != null && paths.stream().anyMatch(path::startsWith));
    }
}
