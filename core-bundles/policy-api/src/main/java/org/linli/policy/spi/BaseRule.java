package org.linli.policy.spi;

import java.util.List;
import java.util.Objects;

/**
 * A rule whose description is fixed when it is made: a plugin's rules extend it and implement only
 * {@link #evaluate} (and {@link #hooks} for workflow rules).
 */
public abstract class BaseRule implements Rule {
    private final String id;
    private final RuleKind kind;
    private final SubjectKind subject;
    private final Text title;
    private final Clause clause;
    private final List<Parameter> parameters;

    /**
     * @param id         the rule's ID in the policy catalogue ({@code BJ-02})
     * @param kind       what the rule does
     * @param subject    what the rule judges
     * @param title      the rule in a line
     * @param clause     the clause it comes from
     * @param parameters the numbers and settings a district may change; none for a rule with
     *                   nothing to set
     */
    protected BaseRule(String id, RuleKind kind, SubjectKind subject, Text title, Clause clause, Parameter... parameters) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.title = Objects.requireNonNull(title, "title");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.parameters = List.of(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleKind kind() {
        return kind;
    }

    @Override
    public final Text title() {
        return title;
    }

    @Override
    public final Clause clause() {
        return clause;
    }

    @Override
    public final SubjectKind subject() {
        return subject;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }
}
