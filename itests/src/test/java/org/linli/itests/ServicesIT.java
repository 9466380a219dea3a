package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Node;

/**
 * The service desk through both doors: a request's lifecycle (首问负责-限时办结-办结告知), due times on
 * the work calendar, dispatch to departments, and bad steps that change nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ServicesIT extends LinliTestSupport {
    /** The tree the development users' jurisdictions name, so that several of them see the same requests. */
    private AccessIT.Fixture fixture;

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
        fixture = AccessIT.fixture();
    }

    @Test
    public void aRequestGoesFromReceiptToItsCompletionNoticeInOrderAndOwnedByItsFirstAcceptor() throws Exception {
        String code = service("居住证明", 3, "WORKING_DAYS", List.of());
        long request = request(code, fixture.dwellingA, null);

        Answer early = post("/api/v1/requests/" + request + "/steps", Map.of("action", "COMPLETE"));
        assertEquals(409, early.status());
        assertEquals("transition", early.errorCode());
        assertEquals("RECEIVED", get("/api/v1/requests/" + request).json().path("status").asText());
        assertEquals(1, get("/api/v1/requests/" + request + "/steps").json().size());

        JsonNode accepted = post("/api/v1/requests/" + request + "/steps", Map.of("action", "ACCEPT", "agencyResponsible", "社区服务站")).json();
        assertEquals("ACCEPTED", accepted.path("status").asText());
        assertEquals("demo", accepted.path("owner").asText());
        // First responsibility: whoever accepted it first owns it to the end.
        Answer second = postAs("staff", "/api/v1/requests/" + request + "/steps", Map.of("action", "ACCEPT"));
        assertEquals(409, second.status());
        Answer notOwner = postAs("staff", "/api/v1/requests/" + request + "/steps", Map.of("action", "START"));
        assertEquals("not_owner", notOwner.errorCode());
        assertEquals("IN_PROGRESS", post("/api/v1/requests/" + request + "/steps", Map.of("action", "START")).json()
                .path("status").asText());

        long dispatch = RestIT.id(post("/api/v1/dispatches", Map.of("requestId", request, "department", "区城管委",
                "deadline", LocalDateTime.now().plusDays(3).withNano(0).toString())));
        assertEquals("PENDING", get("/api/v1/dispatches/" + dispatch).json().path("state").asText());
        assertEquals("ACKNOWLEDGED", post("/api/v1/dispatches/" + dispatch + "/acknowledgement", "").json().path("state").asText());
        assertEquals(409, post("/api/v1/dispatches/" + dispatch + "/acknowledgement", "").status());
        Node reported = invoke("service-desk", "reportDispatch", "<dispatchId>" + dispatch + "</dispatchId><report>已处置</report>");
        assertEquals("REPORTED", text(reported, "//*[local-name()='dispatch']/*[local-name()='state']"));

        assertEquals("COMPLETED", post("/api/v1/requests/" + request + "/steps", Map.of("action", "COMPLETE", "note", "证明已开具"))
                .json().path("status").asText());
        Answer silent = post("/api/v1/requests/" + request + "/steps", Map.of("action", "NOTIFY"));
        assertEquals("note", silent.errorField());
        Node notified = invoke("service-desk", "takeRequestStep", "<requestId>" + request + "</requestId>"
                + "<step><action>NOTIFY</action><note>短信告知</note></step>");
        assertEquals("NOTIFIED", text(notified, "//*[local-name()='request']/*[local-name()='status']"));
        assertEquals("CLOSED", post("/api/v1/requests/" + request + "/steps", Map.of("action", "CLOSE")).json().path("status").asText());

        JsonNode history = get("/api/v1/requests/" + request + "/steps").json();
        assertEquals(List.of("RECEIVE", "ACCEPT", "START", "COMPLETE", "NOTIFY", "CLOSE"),
                history.findValuesAsText("action"));
        Node soapHistory = invoke("service-desk", "getRequestHistory", "<requestId>" + request + "</requestId>");
        assertEquals("6", text(soapHistory, "count(//*[local-name()='step'])"));
        // A closed request no longer changes.
        Map<String, Object> edit = body(code, fixture.dwellingA, null);
        assertEquals(409, put("/api/v1/requests/" + request, edit).status());
    }

    @Test
    public void dueTimesSkipWeekendsAndHolidaysAndOverdueRequestsAreFound() throws Exception {
        for (int day = 1; day <= 7; day++) {
            RestIT.id(post("/api/v1/calendar-days", Map.of("calendarDate", LocalDate.of(2030, 10, day).toString(), "kind", "HOLIDAY",
                    "name", "国庆节")));
        }
        RestIT.id(post("/api/v1/calendar-days", Map.of("calendarDate", "2030-10-12", "kind", "WORKDAY", "name", "国庆节调休")));
        assertEquals("weekday", post("/api/v1/calendar-days", Map.of("calendarDate", "2030-10-14", "kind", "WORKDAY",
                "name", "周一")).errorCode());
        assertEquals("2030-10-12T23:59:59", get("/api/v1/calendar-days/due?from=2030-09-30T09:00&amount=5&unit=WORKING_DAYS")
                .json().path("due").asText());
        Node due = invoke("service-desk", "computeDue", "<from>2030-09-30T16:00:00</from><amount>1</amount><unit>WORKING_DAYS</unit>");
        assertEquals("2030-10-08T23:59:59", text(due, "//*[local-name()='due']"));

        // A Friday at least two weeks ago, with the Monday after it made a holiday: one working day is Tuesday.
        LocalDate friday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        RestIT.id(post("/api/v1/calendar-days", Map.of("calendarDate", friday.plusDays(3).toString(), "kind", "HOLIDAY",
                "name", "测试假日")));
        RestIT.Tree tree = new RestIT.Tree();
        String code = service("高龄津贴", 1, "WORKING_DAYS", List.of());
        long late = request(code, tree.dwelling, friday.atTime(10, 0));
        JsonNode stored = get("/api/v1/requests/" + late).json();
        assertEquals(friday.plusDays(4).atTime(23, 59, 59).toString(), stored.path("expectedAt").asText());
        long fresh = request(code, tree.dwelling, null);
        List<String> overdue = get("/api/v1/requests?nodeId=" + tree.community + "&overdue=true").json().path("items").findValuesAsText("id");
        assertEquals(List.of(String.valueOf(late)), overdue);
        assertTrue(get("/api/v1/requests?nodeId=" + tree.community + "&overdue=false").json().path("items").findValuesAsText("id")
                .contains(String.valueOf(fresh)));
        // Due on a day: what the home screen counts as due today.
        String lateDay = friday.plusDays(4).toString();
        String freshDay = get("/api/v1/requests/" + fresh).json().path("expectedAt").asText().substring(0, 10);
        assertEquals(List.of(String.valueOf(late)), get("/api/v1/requests?nodeId=" + tree.community + "&dueFrom=" + lateDay + "&dueTo="
                + lateDay).json().path("items").findValuesAsText("id"));
        assertEquals(List.of(String.valueOf(fresh)), get("/api/v1/requests?nodeId=" + tree.community + "&dueFrom=" + freshDay + "&dueTo="
                + freshDay).json().path("items").findValuesAsText("id"));
        Node soapOverdue = invoke("service-desk", "findRequests", "<filter><name>nodeId</name><value>" + tree.community
                + "</value></filter><filter><name>overdue</name><value>true</value></filter>");
        assertEquals(String.valueOf(late), text(soapOverdue, "//*[local-name()='item']/*[local-name()='id']"));
    }

    @Test
    public void badInputAndBadStepsAreRefusedAndChangeNothing() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String code = service("受理角色", 2, "WORKING_DAYS", List.of("linli-community-staff"));
        Map<String, Object> unknown = body("no-such-service", tree.dwelling, null);
        assertEquals("serviceCode", post("/api/v1/requests", unknown).errorField());
        Map<String, Object> tooHigh = body(code, tree.district, null);
        assertEquals("level", post("/api/v1/requests", tooHigh).errorCode());
        Map<String, Object> future = body(code, tree.dwelling, LocalDateTime.now().plusDays(1).withNano(0));
        assertEquals("receivedAt", post("/api/v1/requests", future).errorField());
        Map<String, Object> attachment = body(code, tree.dwelling, null);
        attachment.put("attachments", List.of(Map.of("fileName", "照片.jpg", "mediaType", "not a type", "size", 1024)));
        assertEquals("attachments[0].mediaType", post("/api/v1/requests", attachment).errorField());
        assertEquals(0, get("/api/v1/requests?nodeId=" + tree.community).json().path("total").asInt());

        long request = request(code, fixture.dwellingA, null);
        // The service names who accepts it: an administrator does not hold that role, community staff do.
        assertEquals(403, post("/api/v1/requests/" + request + "/steps", Map.of("action", "ACCEPT")).status());
        assertEquals(404, getAs("grid2", "/api/v1/requests/" + request).status());
        assertEquals(403, postAs("auditor", "/api/v1/requests", body(code, fixture.dwellingA, null)).status());
        assertEquals(409, post("/api/v1/dispatches", Map.of("requestId", request, "department", "区民政局",
                "deadline", LocalDateTime.now().plusDays(2).withNano(0).toString())).status());
        assertEquals("REJECTED", postAs("staff", "/api/v1/requests/" + request + "/steps", Map.of("action", "REJECT", "note", "材料不全"))
                .json().path("status").asText());
        assertEquals(409, post("/api/v1/requests/" + request + "/steps", Map.of("action", "REJECT", "note", "再次")).status());
        assertEquals(2, get("/api/v1/requests/" + request + "/steps").json().size());

        String csv = "code,nameZh,nameEn,category,timeLimit,timeUnit,administrativeTask,active,documents,acceptingRoles\r\n"
                + "import-good-" + serial() + ",好,Good,elderly,10,WORKING_DAYS,false,true,身份证;银行卡,\r\n"
                + "import-bad-" + serial() + ",坏,Bad,elderly,10,WEEKS,false,true,,\r\n";
        Answer refused = call("POST", "/api/v1/services/import", csv, "text/csv", "demo", "demo");
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("rows[1].timeUnit", refused.errorField());
        assertTrue(get("/api/v1/services/export").body().lines().noneMatch(line -> line.startsWith("import-good-")));
    }

    @Test
    public void open311ClientsSeeTheSameRequestsUnderGeoReportNames() {
        String code = service("路灯报修", 48, "HOURS", List.of());
        assertTrue(get("/api/v1/open311/services.json").json().findValuesAsText("service_code").contains(code));
        String form = "service_code=" + code + "&address_id=" + fixture.dwellingA + "&lat=39.9139&long=116.4074&description="
                + URLEncoder.encode("路灯不亮", StandardCharsets.UTF_8) + "&last_name=" + URLEncoder.encode("王", StandardCharsets.UTF_8);
        // A browser's form post from another site's page carries the Basic credentials it holds for
        // Linli; it is refused before it is authenticated, and nothing is stored.
        long requests = get("/api/v1/requests?size=1").json().path("total").asLong();
        for (String[] header : List.of(new String[] {"Origin", "http://evil.example"}, new String[] {"Sec-Fetch-Site", "cross-site"})) {
            Answer forged = call("POST", "/api/v1/open311/requests.json", form, "application/x-www-form-urlencoded", "demo", "demo",
                    header[0], header[1]);
            assertEquals(header[0] + " " + forged, 403, forged.status());
        }
        assertEquals(requests, get("/api/v1/requests?size=1").json().path("total").asLong());
        assertEquals(403, call("POST", "/api/v1/residents", "{}", "application/json", "demo", "demo", "Origin", "http://evil.example")
                .status());
        Answer created = call("POST", "/api/v1/open311/requests.json", form, "application/x-www-form-urlencoded", "demo", "demo",
                "Origin", base());
        assertEquals(created.toString(), 200, created.status());
        String id = created.json().get(0).path("service_request_id").asText();

        JsonNode one = get("/api/v1/open311/requests/" + id + ".json").json().get(0);
        assertEquals("open", one.path("status").asText());
        assertEquals(code, one.path("service_code").asText());
        assertEquals(OffsetDateTime.parse(one.path("requested_datetime").asText()).plusHours(48),
                OffsetDateTime.parse(one.path("expected_datetime").asText()));
        JsonNode own = get("/api/v1/requests/" + id).json();
        assertEquals("ONLINE", own.path("channel").asText());
        assertEquals("路灯不亮", own.path("description").asText());
        assertTrue(get("/api/v1/open311/requests.json?status=open&service_code=" + code).json()
                .findValuesAsText("service_request_id").contains(id));

        assertEquals("REJECTED", post("/api/v1/requests/" + id + "/steps", Map.of("action", "REJECT", "note", "重复上报"))
                .json().path("status").asText());
        JsonNode closed = get("/api/v1/open311/requests.json?service_request_id=" + id).json().get(0);
        assertEquals("closed", closed.path("status").asText());
        assertEquals("重复上报", closed.path("status_notes").asText());
        Answer noPlace = call("POST", "/api/v1/open311/requests.json", "service_code=" + code, "application/x-www-form-urlencoded",
                "demo", "demo");
        assertEquals("address_id", noPlace.errorField());
        assertEquals("status", get("/api/v1/open311/requests.json?status=pending").errorField());
    }

    @Test
    public void exportedCellsDoNotRunAsFormulasAndComeBackAsTheyWere() {
        String code = "formula-" + serial();
        String formula = "=HYPERLINK(\"http://evil.example\",\"点此\")";
        Map<String, Object> service = new LinkedHashMap<>(Map.of("code", code, "nameZh", formula, "nameEn", "@SUM(A1)",
                "category", "certificates", "documents", List.of("+身份证", "-户口本"), "timeLimit", 5, "timeUnit", "WORKING_DAYS",
                "acceptingRoles", List.of(), "active", true));
        RestIT.id(post("/api/v1/services", service));
        String export = get("/api/v1/services/export").body();
        String line = export.lines().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        assertEquals(code + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\",'@SUM(A1),certificates,5,WORKING_DAYS,false,true,"
                + "'+身份证;-户口本,", line);

        // What a spreadsheet shows as text comes back as it was stored.
        String copy = "formula-" + serial();
        String csv = export.lines().findFirst().orElseThrow() + "\r\n" + line.replaceFirst(code, copy) + "\r\n";
        assertEquals(200, call("POST", "/api/v1/services/import", csv, "text/csv", "demo", "demo").status());
        JsonNode imported = get("/api/v1/services?code=" + copy).json().path("items").path(0);
        assertEquals(formula, imported.path("nameZh").asText());
        assertEquals("@SUM(A1)", imported.path("nameEn").asText());
        assertEquals("[\"+身份证\",\"-户口本\"]", imported.path("documents").toString());
    }

    static String service(String name, int limit, String unit, List<String> roles) {
        String code = "service-" + serial();
        Map<String, Object> service = new LinkedHashMap<>(Map.of("code", code, "nameZh", name, "nameEn", "Service " + code,
                "category", "certificates", "documents", List.of("身份证"), "timeLimit", limit, "timeUnit", unit,
                "acceptingRoles", roles, "active", true));
        assertEquals(403, postAs("staff", "/api/v1/services", service).status());
        RestIT.id(post("/api/v1/services", service));
        return code;
    }

    private static Map<String, Object> body(String code, long node, LocalDateTime receivedAt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("serviceCode", code);
        request.put("description", "居民来窗口办理");
        request.put("nodeId", node);
        request.put("channel", "COUNTER");
        request.put("requesterName", "王居民");
        if (receivedAt != null) {
            request.put("receivedAt", receivedAt.toString());
        }
        return request;
    }

    static long request(String code, long node, LocalDateTime receivedAt) {
        return RestIT.id(post("/api/v1/requests", body(code, node, receivedAt)));
    }
}
