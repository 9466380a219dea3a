package org.linli.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports and exports whole files of records for the current caller, within their jurisdiction.
 * An import is all or nothing: every row is checked, and the file is stored in one transaction
 * only if no row has an error. Its id, chosen by the uploader, makes a repeated upload harmless:
 * the same file under the same id is stored once.
 */
@ProviderType
public interface ImportService {

    /** The kinds that can be imported and exported, with their columns. */
    List<KindColumns> kinds();

    /**
     * Imports {@code file} as records of {@code kind} under {@code id}, reading it as a stream.
     * When {@code id} is already committed with the same content, answers that run and stores
     * nothing again.
     *
     * @throws org.linli.common.ValidationException with the rows' errors ({@code lines[12].idNumber}) when any row is wrong
     * @throws org.linli.common.ConflictException when {@code id} is running, or was committed with another file
     */
    ImportRun importFile(String id, String kind, ImportFormat format, InputStream file);

    /** An import of the caller's, while it runs or after. */
    ImportRun get(String id);

    /**
     * Every record of {@code kind} the caller may read, masked as a read masks it, to be written
     * later: the kind and the caller's permission are checked now, so that a refusal comes before
     * the first byte of the file.
     */
    ExportFile export(String kind, ImportFormat format);

    /** An export checked and ready to write; it writes as the caller who asked for it. */
    @FunctionalInterface
    interface ExportFile {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A kind that can be imported, and the columns of its files. */
    record KindColumns(String kind, List<String> columns) {
    }
}
