package org.linli.policy.spi;

import java.util.Objects;

/**
 * The one thing a finding judges: its kind, the id of its record (of the territory node for
 * communities, grids and buildings) and a name a person recognises.
 */
public record Subject(SubjectKind kind, Long id, String name) {
    public Subject {
        Objects.requireNonNull(kind, "kind");
    }
}
