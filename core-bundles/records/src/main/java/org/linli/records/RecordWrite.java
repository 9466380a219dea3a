package org.linli.records;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.linli.common.FieldChecks;
import org.linli.security.CallerContext;
import org.linli.security.Permission;

/**
 * A record about to be stored, as a {@link RecordGuard} sees it: which kind, the new state, the
 * stored state (none on create), the territory node that governs it, and a way to refuse. A step
 * of a register's workflow (a request accepted) is a write too, and names its {@link #action()}.
 *
 * @param <T> the record
 */
public final class RecordWrite<T> {
    private final String type;
    private final T record;
    private final T stored;
    private final Supplier<Long> nodeId;
    private final BiFunction<Class<?>, Long, Object> finder;
    private final FieldChecks fields;
    private final String action;
    private final String citation;
    private T copy;
    private T storedCopy;

    private RecordWrite(String type, T record, T stored, Supplier<Long> nodeId, BiFunction<Class<?>, Long, Object> finder,
                        FieldChecks fields, String action, String citation) {
        this.type = type;
        this.record = record;
        this.stored = stored;
        this.nodeId = nodeId;
        this.finder = finder;
        this.fields = fields;
        this.action = action;
        this.citation = citation;
    }

    /**
     * A create ({@code stored} is {@code null}) or an update, as a store hands it to the guards.
     *
     * @param nodeId the node that governs the write, told when first asked
     * @param finder reads another stored record by its class and id, in the writing transaction
     * @param fields where refusals go
     */
    public static <T> RecordWrite<T> of(String type, T record, T stored, Supplier<Long> nodeId,
                                        BiFunction<Class<?>, Long, Object> finder, FieldChecks fields) {
        return new RecordWrite<>(type, record, stored, nodeId, finder, fields, null, "");
    }

    /** The step {@code action} of a register's workflow on the stored {@code record}. */
    public static <T> RecordWrite<T> step(String type, T record, String action, Supplier<Long> nodeId,
                                          BiFunction<Class<?>, Long, Object> finder, FieldChecks fields) {
        return new RecordWrite<>(type, record, record, nodeId, finder, fields, action, "");
    }

    /** The same write, whose refusals begin with {@code citation} (the rule that refuses). */
    public RecordWrite<T> citing(String citation) {
        return new RecordWrite<>(type, record, stored, nodeId, finder, fields, action, citation + ": ");
    }

    /**
     * The step of the register's workflow this write makes ({@code ACCEPT} for a request accepted at
     * the desk); empty for a plain create or update. During a step {@link #record()} is the record
     * as stored, before the step changes it.
     */
    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** The record kind's name, as in its REST path ({@code spending}, {@code dispatch}, …). */
    public String type() {
        return type;
    }

    /**
     * The record as it will be stored, as a copy: a setter changes the copy, never what is stored.
     * A guard completes what the caller left empty through {@link #fill}.
     */
    public T record() {
        if (copy == null) {
            copy = Beans.copy(record);
        }
        return copy;
    }

    /**
     * Sets {@code field} of the record to be stored to {@code value} when the caller left it empty
     * (a deadline); whether it did. The record's own checks judge the value as they judge the caller's.
     *
     * @throws IllegalArgumentException when the record has no such field
     */
    public boolean fill(String field, Object value) {
        boolean filled = Beans.fill(record, field, value);
        if (filled && copy != null) {
            Beans.fill(copy, field, value);
        }
        return filled;
    }

    /** The record as it is stored now, as a copy; empty when it is being created. */
    public Optional<T> stored() {
        if (storedCopy == null) {
            storedCopy = Beans.copy(stored);
        }
        return Optional.ofNullable(storedCopy);
    }

    /**
     * The territory node whose rules govern the write: the node that decides who sees the record,
     * or for a kind every reader sees, the node it belongs to (a contest's holder, an offering
     * organisation's community); {@code null} for kinds that belong to no node, and while
     * completing, for a record whose references do not resolve yet. Told when first asked.
     */
    public Long nodeId() {
        return nodeId.get();
    }

    /** A copy of another stored record, read in the writing transaction, whether or not the caller may see it. */
    public <R> Optional<R> find(Class<R> kind, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Beans.copy(kind.cast(finder.apply(kind, id))));
    }

    /** Refuses the write: it fails with this field error, and nothing is stored. */
    public void refuse(String field, String code, String message) {
        fields.add(field, code, citation + message);
    }

    /** The user the write is made for. */
    public String user() {
        return CallerContext.current().user();
    }

    /** Whether the user the write is made for holds {@code permission} (through a role, within a token's scopes). */
    public boolean callerMay(Permission permission) {
        return CallerContext.current().may(permission);
    }
}
