package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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

/** The register of community workers through both doors: visits per ISO week, status history, grid duties. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StaffIT extends LinliTestSupport {
    /** Monday two weeks before this one: every visit lies in the past. */
    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void visitsAcrossTwoWeeksAreCountedPerIsoWeekThroughBothDoors() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long worker = worker(tree.community, "走访员");
        visit(worker, tree.dwelling, MONDAY, 40);
        visit(worker, tree.dwelling, MONDAY, 20);
        visit(worker, tree.dwelling, MONDAY.plusDays(2), 30);
        visit(worker, tree.dwelling, MONDAY.plusDays(8), 60);

        JsonNode weeks = get("/api/v1/workers/" + worker + "/visit-weeks?from=" + MONDAY + "&to=" + MONDAY.plusDays(13)).json();
        assertEquals(2, weeks.size());
        assertEquals(MONDAY.toString(), weeks.get(0).path("monday").asText());
        assertEquals(3, weeks.get(0).path("visits").asInt());
        assertEquals(2, weeks.get(0).path("days").asInt());
        assertEquals(90, weeks.get(0).path("minutes").asInt());
        assertEquals(1, weeks.get(1).path("days").asInt());
        assertEquals(60, weeks.get(1).path("minutes").asInt());
        assertNotEquals(weeks.get(0).path("week").asText(), weeks.get(1).path("week").asText());

        Node soap = invoke("staff", "getVisitWeeks", "<workerId>" + worker + "</workerId><from>" + MONDAY + "</from><to>"
                + MONDAY.plusDays(13) + "</to>");
        assertEquals("2", text(soap, "count(//*[local-name()='week' and *])"));
        assertEquals("90", text(soap, "(//*[local-name()='week' and *])[1]/*[local-name()='minutes']"));
        Node found = invoke("staff", "findVisits", "<filter><name>workerId</name><value>" + worker + "</value></filter>"
                + "<filter><name>from</name><value>" + MONDAY.plusDays(7) + "</value></filter>");
        assertEquals("1", text(found, "//*[local-name()='result']/*[local-name()='total']"));

        Map<String, Object> future = visitBody(worker, tree.dwelling, LocalDate.now().plusDays(1), 10);
        assertEquals("visitedOn", post("/api/v1/visits", future).errorField());
        Map<String, Object> toCommunity = visitBody(worker, tree.community, MONDAY, 10);
        assertEquals("dwellingId", post("/api/v1/visits", toCommunity).errorField());
        assertEquals(4, get("/api/v1/visits?workerId=" + worker).json().path("total").asInt());
    }

    @Test
    public void aVisitToAHouseholdStaysWhereItWasMadeWhenTheHouseholdMoves() throws Exception {
        RestIT.Tree here = new RestIT.Tree();
        RestIT.Tree elsewhere = new RestIT.Tree();
        String number = "V" + serial() + "-" + System.nanoTime() % 100000;
        long household = RestIT.id(post("/api/v1/households", RestIT.household(number, here.dwelling, List.of(
                RestIT.member(RestIT.freshIdNumber(), "走访户主", "HEAD", here.dwelling)))));
        long worker = worker(here.community, "入户走访员");
        Map<String, Object> toHousehold = new LinkedHashMap<>(visitBody(worker, here.dwelling, MONDAY, 45));
        toHousehold.remove("dwellingId");
        toHousehold.put("householdId", household);
        Answer stored = post("/api/v1/visits", toHousehold);
        assertEquals(stored.toString(), 201, stored.status());
        long visit = stored.json().path("id").asLong();
        assertEquals("the household's dwelling of the day", here.dwelling, stored.json().path("dwellingId").asLong());

        Answer moved = put("/api/v1/households/" + household, Map.of("number", number, "dwellingId", elsewhere.dwelling, "kind", "FAMILY"));
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals(here.dwelling, get("/api/v1/visits/" + visit).json().path("dwellingId").asLong());
        assertEquals(List.of(visit), ids(get("/api/v1/visits?nodeId=" + here.community + "&householdId=" + household)));
        assertEquals(List.of(), ids(get("/api/v1/visits?nodeId=" + elsewhere.community + "&householdId=" + household)));
        // A token that may read the staff's records alone, without the territory's.
        String community = bearer("走访", List.of(here.communityCode), "STAFF_READ");
        assertEquals(200, call("GET", "/api/v1/visits/" + visit, null, community, null).status());
        assertEquals(1, total(community, "/api/v1/visits?nodeId=" + here.community + "&householdId=" + household));
        String moveTo = bearer("走访", List.of(elsewhere.communityCode), "STAFF_READ");
        assertEquals(404, call("GET", "/api/v1/visits/" + visit, null, moveTo, null).status());
        assertEquals(0, total(moveTo, "/api/v1/visits?householdId=" + household));
        assertEquals("nodeId", call("GET", "/api/v1/visits?nodeId=" + here.community, null, moveTo, null).errorField());
    }

    private static List<Long> ids(Answer page) {
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    @Test
    public void statusChangesKeepTheirHistoryAndOnlyMoveForward() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long worker = worker(tree.community, "借调员");
        @SuppressWarnings("unchecked")
        Map<String, Object> edited = JSON.convertValue(get("/api/v1/workers/" + worker).json(), LinkedHashMap.class);
        edited.put("status", "DISMISSED");
        assertEquals("status", put("/api/v1/workers/" + worker, edited).errorField());

        assertEquals("reason", post("/api/v1/workers/" + worker + "/status-changes",
                Map.of("status", "SECONDED", "changedOn", LocalDate.now().minusDays(20).toString())).errorField());
        assertEquals("SECONDED", post("/api/v1/workers/" + worker + "/status-changes", Map.of("status", "SECONDED",
                "changedOn", LocalDate.now().minusDays(20).toString(), "reason", "借调街道")).json().path("status").asText());
        Node resigned = invoke("staff", "changeWorkerStatus", "<workerId>" + worker + "</workerId><change><status>RESIGNED</status>"
                + "<changedOn>" + LocalDate.now().minusDays(5) + "</changedOn><reason>个人原因</reason></change>");
        assertEquals(LocalDate.now().minusDays(5).toString(), text(resigned, "//*[local-name()='worker']/*[local-name()='leftOn']"));
        Answer back = post("/api/v1/workers/" + worker + "/status-changes", Map.of("status", "ACTIVE",
                "changedOn", LocalDate.now().toString()));
        assertEquals(409, back.status());
        assertEquals("transition", back.errorCode());

        JsonNode history = get("/api/v1/workers/" + worker + "/status-changes").json();
        assertEquals(3, history.size());
        assertEquals("ACTIVE", history.get(0).path("status").asText());
        assertEquals("RESIGNED", history.get(2).path("status").asText());
        assertEquals("demo", history.get(2).path("recordedBy").asText());
        assertEquals(1, get("/api/v1/workers?communityId=" + tree.community + "&status=RESIGNED").json().path("total").asInt());
    }

    @Test
    public void gradesComeFromThePayTableAndDutiesFromTheGrid() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        RestIT.Tree elsewhere = new RestIT.Tree();
        Map<String, Object> graded = workerBody(tree.community, "定级员");
        graded.put("postCategory", "deputy");
        graded.put("grade", 17);
        Answer ungraded = post("/api/v1/workers", graded);
        assertEquals(ungraded.toString(), "unknown_grade", ungraded.errorCode());
        Map<String, Object> grade = Map.of("postCategory", "deputy", "grade", 17, "coefficient", 1.85);
        assertEquals(403, postAs("staff", "/api/v1/pay-grades", grade).status());
        RestIT.id(post("/api/v1/pay-grades", grade));
        long worker = RestIT.id(post("/api/v1/workers", graded));
        assertEquals(17, get("/api/v1/workers/" + worker).json().path("grade").asInt());

        RestIT.id(post("/api/v1/grid-assignments", assignment(worker, tree.grid, "GRID_WORKER")));
        RestIT.id(post("/api/v1/grid-assignments", assignment(worker, tree.building, "BUILDING_COORDINATOR")));
        assertEquals("nodeId", post("/api/v1/grid-assignments", assignment(worker, tree.building, "GRID_LEAD")).errorField());
        Answer outside = post("/api/v1/grid-assignments", assignment(worker, elsewhere.grid, "GRID_WORKER"));
        assertEquals("outside_area", outside.errorCode());
        assertEquals(2, get("/api/v1/grid-assignments?nodeId=" + tree.community + "&on=" + LocalDate.now()).json().path("total").asInt());

        RestIT.id(post("/api/v1/trainings", Map.of("workerId", worker, "course", "社区治理", "startedOn", "2025-06-01", "hours", 16)));
        RestIT.id(post("/api/v1/certificates", Map.of("workerId", worker, "level", "SOCIAL_WORKER", "issuedOn", "2021-10-01")));
        RestIT.id(post("/api/v1/appraisals", Map.of("workerId", worker, "periodStart", "2024-01-01", "periodEnd", "2024-12-31",
                "method", "THIRD_PARTY_SURVEY", "score", 92.5, "result", "EXCELLENT", "sampleSize", 50, "consequence", "REWARD")));
        assertEquals("sampleSize", post("/api/v1/appraisals", Map.of("workerId", worker, "periodStart", "2024-01-01",
                "periodEnd", "2024-12-31", "method", "SELF_REPORT", "sampleSize", 5)).errorField());
        RestIT.id(post("/api/v1/attendance", Map.of("workerId", worker, "workDate", "2025-11-17", "status", "PRESENT",
                "checkIn", "08:30", "checkOut", "17:30")));
        assertEquals(409, post("/api/v1/attendance", Map.of("workerId", worker, "workDate", "2025-11-17", "status", "LEAVE")).status());
        RestIT.id(post("/api/v1/shifts", Map.of("workerId", worker, "dutyDate", "2025-11-18", "startsAt", "20:00", "endsAt", "08:00",
                "kind", "night")));
        Node shifts = invoke("staff", "findShifts", "<filter><name>workerId</name><value>" + worker + "</value></filter>");
        assertEquals("20:00:00", text(shifts, "//*[local-name()='item']/*[local-name()='startsAt']"));
        Node trainings = invoke("staff", "findTrainings", "<filter><name>workerId</name><value>" + worker + "</value></filter>");
        assertEquals("社区治理", text(trainings, "//*[local-name()='item']/*[local-name()='course']"));
    }

    static long worker(long community, String name) {
        return RestIT.id(post("/api/v1/workers", workerBody(community, name)));
    }

    static Map<String, Object> workerBody(long community, String name) {
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("name", name);
        worker.put("sex", "FEMALE");
        worker.put("communityId", community);
        worker.put("post", "full-time-worker");
        worker.put("hiredOn", "2020-05-01");
        worker.put("registrationFormComplete", true);
        return worker;
    }

    static long visit(long worker, long dwelling, LocalDate on, int minutes) {
        return RestIT.id(post("/api/v1/visits", visitBody(worker, dwelling, on, minutes)));
    }

    static Map<String, Object> visitBody(long worker, long dwelling, LocalDate on, int minutes) {
        return Map.of("workerId", worker, "dwellingId", dwelling, "visitedOn", on.toString(), "minutes", minutes,
                "purpose", "routine");
    }

    private static Map<String, Object> assignment(long worker, long node, String role) {
        return Map.of("workerId", worker, "nodeId", node, "role", role, "startsOn", "2024-01-01");
    }
}
