package org.linli.records;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A record about to be stored, as a {@link RecordGuard} sees it: which kind, the new state, the
 * stored state (none on create), the territory node that governs it, and a way to refuse.
 *
 * @param <T> the record
 */
public final class RecordWrite<T> {
    private final String type;
    private final T record;
    private final T stored;
    private final Supplier<Long> nodeId;
    private final RecordCheck check;
    private final String citation;

    RecordWrite(String type, T record, T stored, Supplier<Long> nodeId, RecordCheck check) {
        this(type, record, stored, nodeId, check, "");
    }

    private RecordWrite(String type, T record, T stored, Supplier<Long> nodeId, RecordCheck check, String citation) {
        this.type = type;
        this.record = record;
        this.stored = stored;
        this.nodeId = nodeId;
        this.check = check;
        this.citation = citation;
    }

    /** The same write, whose refusals begin with {@code citation} (the rule that refuses). */
    public RecordWrite<T> citing(String citation) {
        return new RecordWrite<>(type, record, stored, nodeId, check, citation + ": ");
    }

    /** The record kind's name, as in its REST path ({@code spending}, {@code dispatch}, …). */
    public String type() {
        return type;
    }

    /** The record as it will be stored; a guard may complete fields the caller left empty. */
    public T record() {
        return record;
    }

    /** The record as it is stored now; empty when it is being created. */
    public Optional<T> stored() {
        return Optional.ofNullable(stored);
    }

    /**
     * The territory node that decides who sees the record; {@code null} for unscoped kinds, and
     * while completing, for a record whose references do not resolve yet. Told when first asked.
     */
    public Long nodeId() {
        return nodeId.get();
    }

    /** Another stored record, read in the writing transaction, whether or not the caller may see it. */
    public <R> Optional<R> find(Class<R> kind, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(check.em().find(kind, id));
    }

    /** Refuses the write: it fails with this field error, and nothing is stored. */
    public void refuse(String field, String code, String message) {
        check.fields().add(field, code, citation + message);
    }

    /** The user the write is made for. */
    public String user() {
        return check.user();
    }
}
