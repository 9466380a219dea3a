/**
 * Bulk import and export (批量导入导出): a whole file of records of one kind, in CSV or JSON
 * lines, read as a stream, checked row by row as a single create is, and stored in one
 * transaction or not at all. Each kind that can be loaded in bulk brings a {@link BulkKind}.
 */
@Export
@Version("1.0.0")
package org.linli.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
