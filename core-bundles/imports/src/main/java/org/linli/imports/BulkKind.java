package org.linli.imports;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.linli.security.Permission;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of record that can be imported and exported in bulk, registered as an OSGi service by
 * the register that keeps it. The register checks each row as it checks a single create (its
 * declared rules, its own rules, the record guards), then what needs the database set-wise, on
 * the rows staged in a table of their own.
 */
@ConsumerType
public interface BulkKind {

    /** The kind's name, as in its REST path: {@code residents}. */
    String kind();

    /** The columns of the kind's files, in order. Files refer to other records by code or number, never by id. */
    List<String> columns();

    /** What the caller needs to import the kind, checked before the file is read. */
    Permission writePermission();

    /** What the caller needs to export the kind. */
    Permission readPermission();

    /**
     * Loads every row of {@code load} in its transaction: each row checked and staged, then the
     * staged rows checked set-wise, then stored, unless an error was reported. Rows refer to
     * records stored before or, for a tree, to rows earlier in the same file.
     *
     * @return the rows stored
     */
    long load(BulkLoad load) throws SQLException;

    /** Writes every record the caller may read, in {@link #columns()} order, masked as a read masks it. */
    void export(BulkExport export) throws SQLException, IOException;
}
