package org.linli.rest.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.linli.common.FieldError;
import org.linli.common.LinliException;
import org.linli.security.cxf.BodyLimitInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem-details answer. Service errors keep their field paths; JSON
 * that does not parse or does not fit names the JSON path; anything unforeseen is a 500 whose
 * details stay in the log.
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        return respond(problemFor(failure));
    }

    static Problem problemFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitInterceptor.TooLargeException tooLarge) {
                return Problem.of(413, "too-large", "Payload Too Large", tooLarge.getMessage(), List.of());
            }
        }
        JsonProcessingException json = jsonCause(failure);
        if (json != null) {
            return jsonProblem(json);
        }
        if (failure instanceof LinliException linli) {
            return linliProblem(linli);
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", failure);
            }
            String title = web.getResponse().getStatusInfo().getReasonPhrase();
            return Problem.of(status, "http-" + status, title, status >= 500 ? "the request could not be served" : web.getMessage(),
                    List.of());
        }
        LOG.error("Request failed", failure);
        return Problem.of(500, "internal", "Internal Server Error", "the request could not be served; see the server log",
                List.of());
    }

    private static Problem linliProblem(LinliException e) {
        // A missing addressed resource is 404; a missing thing the body refers to is bad input, 400.
        return switch (e.kind()) {
            case "not-found" -> Problem.of(404, e.kind(), "Not Found", e.getMessage(), e.getErrors());
            case "conflict" -> Problem.of(409, e.kind(), "Conflict", e.getMessage(), e.getErrors());
            case "forbidden" -> Problem.of(403, e.kind(), "Forbidden", e.getMessage(), e.getErrors());
            case "unknown-reference" -> Problem.of(400, e.kind(), "Unknown reference", e.getMessage(), e.getErrors());
            default -> Problem.of(400, e.kind(), "Invalid input", e.getMessage(), e.getErrors());
        };
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !truncated(e) ? path(mapping) : "";
        String code;
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            code = "unknown_field";
            detail = "the field " + unknown.getPropertyName() + " is not part of this resource";
        } else if (e instanceof JsonMappingException && !field.isEmpty()) {
            code = "type";
            detail = "the value of " + field + " has the wrong type or format";
        } else {
            code = "malformed";
            detail = "the body is not well-formed JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return Problem.of(400, "invalid-json", "Invalid JSON", detail,
                List.of(new FieldError(field.isEmpty() ? "body" : field, code, detail)));
    }

    /** Whether the body ended early or did not parse, which no single field is to blame for. */
    private static boolean truncated(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException || String.valueOf(t.getMessage()).contains("end-of-input")) {
                return true;
            }
        }
        return false;
    }

    /** The JSON path of a mapping error as the caller wrote it, for example {@code members[1].idNumber}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static JsonProcessingException jsonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
