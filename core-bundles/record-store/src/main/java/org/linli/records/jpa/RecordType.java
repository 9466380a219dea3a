package org.linli.records.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.linli.common.Identified;
import org.linli.records.FieldRule;
import org.linli.records.FieldRules;
import org.linli.records.FieldType;
import org.linli.records.Filter;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;
import org.linli.security.Permission;

/**
 * What one kind of record is: its class (mapped to its table in the bundle's {@code orm.xml}),
 * who may read and write it, the territory node that decides who sees it, its checks and its
 * search filters. A register bundle declares one per kind and hands it to {@link JpaRecords}.
 *
 * @param <T> the record
 */
public abstract class RecordType<T extends Identified> {
    private final Class<T> type;
    private final String name;
    private final String table;
    private final Permission read;
    private final Permission write;
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final FieldRules rules = new FieldRules();
    private volatile KindDescription description;

    /**
     * @param name  the record's name in messages ("term", "membership")
     * @param read  the permission to read; {@code null}: every authenticated caller
     * @param write the permission to create, change and delete
     */
    protected RecordType(Class<T> type, String name, String table, Permission read, Permission write) {
        this.type = type;
        this.name = name;
        this.table = table;
        this.read = read;
        this.write = write;
    }

    protected final void filter(String filterName, Filter filter) {
        filters.put(filterName, filter);
    }

    /**
     * Declares the rules of the field {@code fieldName}, which the store checks before
     * {@link #check} and the kind's description publishes.
     */
    protected final FieldRule field(String fieldName) {
        return rules.field(fieldName);
    }

    /**
     * The kind's path under the REST door: its name in the plural, with hyphens
     * ({@code budget-lines}); a kind whose plural is irregular overrides it.
     */
    public String path() {
        String words = name.replace(' ', '-');
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        return words.endsWith("ch") || words.endsWith("s") ? words + "es" : words + "s";
    }

    /** The kind as callers see it: fields, rules, filters, permissions and labels. */
    public final KindDescription description() {
        KindDescription described = description;
        if (described == null) {
            List<FilterDescription> publicFilters = new ArrayList<>();
            if (nodeSql() != null) {
                publicFilters.add(new FilterDescription(RecordStore.NODE_FILTER, FieldType.LONG, List.of(), "under this territory node"));
            }
            filters.forEach((filterName, filter) -> publicFilters.add(filter.describe(filterName)));
            described = KindDescription.of(path(), name, type, read, write, rules, publicFilters, getClass());
            description = described;
        }
        return described;
    }

    /** Checks the declared rules of every field of {@code record}. */
    final void checkFields(RecordCheck check, T record) {
        description();
        rules.check(check, record);
    }

    /**
     * Native SQL over the row alias {@code t} for the id of the territory node that decides who
     * sees a row, such as {@code t.community_id}; {@code null} when every reader sees every row.
     */
    protected abstract String nodeSql();

    /**
     * The condition that a row's node is one of those {@code nodes} selects (a sub-select of
     * territory node ids): by default {@link #nodeSql()} tested against them. A kind whose node is
     * read through another table (a membership through its organisation) says instead which of
     * that table's rows lie under the nodes, so the database selects them once for the query and
     * not once per row.
     */
    protected String scopeSql(String nodes) {
        return nodeSql() + " IN (" + nodes + ")";
    }

    /**
     * {@link #scopeSql} for a row that names a row of {@code table} in {@code column}, whose node is
     * that table's {@code nodeColumn} ({@code t.organisation_id}, {@code organisation},
     * {@code community_id}).
     */
    public static String scopeThrough(String column, String table, String nodeColumn, String nodes) {
        return column + " IN (SELECT p.id FROM " + table + " p WHERE p." + nodeColumn + " IN (" + nodes + "))";
    }

    /** The id of the territory node that decides who sees {@code record}; {@code null} when unscoped. */
    protected abstract Long node(EntityManager em, T record);

    /**
     * The territory node whose rules govern a write of {@code record}: the node that decides who
     * sees it, or for a kind that every reader sees, the node it belongs to, which the caller must
     * see to change or delete the record; {@code null} when none.
     */
    protected Long governingNode(EntityManager em, T record) {
        return node(em, record);
    }

    /**
     * Checks an incoming record and fills what it derives from others (an organisation taken
     * from a term…). {@code stored} is the record as stored on update, {@code null} on create.
     * Field errors go to {@code check.fields()}; a missing or invisible reference throws.
     */
    protected abstract void check(RecordCheck check, T record, T stored);

    /** Refuses the deletion of a record that others still need; the database refuses the rest. */
    protected void beforeDelete(EntityManager em, T stored) {
    }

    /** Stores what the record holds beside its own row (children); {@code stored} is managed. */
    protected void afterWrite(EntityManager em, T input, T stored) {
    }

    /** Stores what a new record starts with beside its own row, such as the first entry of a history. */
    protected void afterCreate(EntityManager em, T created) {
    }

    /** Fills the derived fields of records about to be returned. */
    protected void complete(EntityManager em, List<T> records) {
    }

    /** The field a unique-key violation is reported on. */
    protected String uniqueField() {
        return "id";
    }

    public final Class<T> type() {
        return type;
    }

    public final String name() {
        return name;
    }

    public final String table() {
        return table;
    }

    public final Permission read() {
        return read;
    }

    public final Permission write() {
        return write;
    }

    public final Map<String, Filter> filters() {
        return Collections.unmodifiableMap(filters);
    }
}
