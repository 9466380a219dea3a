package org.linli.rest.internal;

import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.linli.common.ValidationException;
import org.linli.imports.ImportFormat;
import org.linli.imports.ImportRun;
import org.linli.imports.ImportService;

/**
 * {@code /imports} and {@code /exports}: whole files of records (批量导入导出) in CSV or JSON lines.
 * An upload is read as a stream and stored whole or not at all; its id, chosen by the uploader,
 * makes sending it again harmless.
 */
@Doc(tag = "Imports")
final class ImportResources {
    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/x-ndjson";

    private ImportResources() {
    }

    static List<Object> all(ImportService imports) {
        return List.of(new Imports(imports), new Exports(imports));
    }

    @Path("/imports")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Imports {
        private final ImportService imports;

        Imports(ImportService imports) {
            this.imports = imports;
        }

        @GET
        @Doc(id = "listImportKinds", summary = "The kinds of record a file can import and export, with the columns of their files",
                answer = "Each kind with its columns")
        public List<ImportService.KindColumns> kinds() {
            return imports.kinds();
        }

        @PUT
        @Path("{id}")
        @Consumes({CSV, JSON_LINES})
        @Doc(id = "importFile", summary = "Import a file of records of one kind, all or nothing, under an id of the uploader's choosing;"
                + " the same file again under the same id changes nothing. Needs the kind's write permission",
                answer = "The committed import", problems = {400, 409, 413, 415})
        public ImportRun importFile(@PathParam("id") @Param("1 to 64 letters, digits, '.', '_' or '-'") String id,
                                    @QueryParam("kind") @Param(value = "The kind of record, as GET /imports lists them", required = true) String kind,
                                    @Context HttpHeaders headers, InputStream file) {
            ImportFormat format = ImportFormat.of(String.valueOf(headers.getMediaType())).orElseThrow();
            return imports.importFile(id, kind, format, file);
        }

        @GET
        @Path("{id}")
        @Doc(id = "getImport", summary = "An import of the caller's: its progress while it runs, then what it stored or the errors it found",
                answer = "The import", problems = 404)
        public ImportRun get(@PathParam("id") String id) {
            return imports.get(id);
        }
    }

    @Path("/exports")
    public static class Exports {
        private final ImportService imports;

        Exports(ImportService imports) {
            this.imports = imports;
        }

        @GET
        @Path("{kind: .+}")
        @Produces({CSV, JSON_LINES})
        @Doc(id = "exportFile", summary = "Every record of a kind in the caller's jurisdiction, in the columns an import reads,"
                + " personal data masked as a read masks it. Needs the kind's read permission", answer = "The file",
                returns = StreamingOutput.class, problems = {400, 404})
        public Response export(@PathParam("kind") String kind,
                                      @QueryParam("format") @Param(value = "csv (the default) or jsonl", values = {"csv", "jsonl"}) String format) {
            ImportFormat chosen = format == null || format.equals("csv") ? ImportFormat.CSV
                    : format.equals("jsonl") ? ImportFormat.JSON_LINES : null;
            if (chosen == null) {
                throw new ValidationException("format", "enum", "format must be csv or jsonl");
            }
            if (imports.kinds().stream().noneMatch(known -> known.kind().equals(kind))) {
                throw new NotFoundException("no kind of record " + kind + " is exported");
            }
            StreamingOutput file = imports.export(kind, chosen)::writeTo;
            return Response.ok(file, chosen.mediaType() + "; charset=UTF-8").build();
        }
    }
}
