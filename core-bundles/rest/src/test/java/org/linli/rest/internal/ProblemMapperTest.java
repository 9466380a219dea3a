package org.linli.rest.internal;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.ws.rs.NotFoundException;
import org.junit.Test;
import org.linli.common.ConflictException;
import org.linli.common.ValidationException;

public class ProblemMapperTest {
    private static final ObjectMapper JSON = RestEndpoint.objectMapper();

    public static class Body {
        public List<Member> members;
    }

    public static class Member {
        public String idNumber;
        public Long dwellingId;
    }

    @Test
    public void namesTheJsonPathOfAMistypedValue() {
        Problem problem = problemForJson("{\"members\":[{\"idNumber\":\"x\"},{\"dwellingId\":\"abc\"}]}");
        assertEquals(400, problem.status());
        assertEquals("members[1].dwellingId", problem.errors().get(0).field());
        assertEquals("type", problem.errors().get(0).code());
    }

    @Test
    public void namesAnUnknownField() {
        Problem problem = problemForJson("{\"members\":[{\"idNumbr\":\"x\"}]}");
        assertEquals("members[0].idNumbr", problem.errors().get(0).field());
        assertEquals("unknown_field", problem.errors().get(0).code());
    }

    @Test
    public void malformedJsonNamesTheBody() {
        Problem problem = problemForJson("{\"members\":[");
        assertEquals("body", problem.errors().get(0).field());
        assertEquals("malformed", problem.errors().get(0).code());
    }

    @Test
    public void serviceErrorsKeepTheirStatusAndFields() {
        assertEquals(400, ProblemMapper.problemFor(new ValidationException("idNumber", "check_digit", "x")).status());
        assertEquals(409, ProblemMapper.problemFor(new ConflictException("code", "duplicate", "x")).status());
        assertEquals(404, ProblemMapper.problemFor(new org.linli.common.NotFoundException("id", "resident", 5)).status());
        Problem reference = ProblemMapper.problemFor(new org.linli.common.NotFoundException("dwellingId", "dwelling", 5));
        assertEquals(400, reference.status());
        assertEquals("dwellingId", reference.errors().get(0).field());
        assertEquals(404, ProblemMapper.problemFor(new NotFoundException()).status());
        assertEquals(403, ProblemMapper.problemFor(new org.linli.common.ForbiddenException("read the audit log")).status());
    }

    @Test
    public void unforeseenFailuresRevealNothing() {
        Problem problem = ProblemMapper.problemFor(new IllegalStateException("password=secret"));
        assertEquals(500, problem.status());
        assertEquals(false, problem.detail().contains("secret"));
    }

    private static Problem problemForJson(String json) {
        try {
            JSON.readValue(json, Body.class);
            throw new AssertionError("the JSON must not be accepted: " + json);
        } catch (java.io.IOException e) {
            return ProblemMapper.problemFor(e);
        }
    }
}
