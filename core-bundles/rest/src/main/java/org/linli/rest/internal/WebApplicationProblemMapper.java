package org.linli.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * CXF prefers the most specific mapper and has its own for {@link WebApplicationException}; this
 * one keeps those answers (unknown path, wrong method, unreadable body) in problem-details form.
 */
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException failure) {
        Response answer = ProblemMapper.respond(ProblemMapper.problemFor(failure));
        if (failure.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(answer).header("Allow", failure.getResponse().getHeaderString("Allow")).build();
        }
        return answer;
    }
}
