package org.linli.policy.spi;

import java.util.Objects;

/**
 * Where a rule comes from, so a person can check a finding against the regulation: the source
 * document and the clause quoted from it word for word.
 *
 * @param source the document (its title, and the file it is kept in)
 * @param text   the clause, quoted in Chinese
 */
public record Clause(String source, String text) {
    public Clause {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
