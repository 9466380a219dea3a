package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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

/** Population services through both doors: special groups and their follow-ups, tenancies, volunteers. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PopulationIT extends LinliTestSupport {
    private static final LocalDate TODAY = LocalDate.now();

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void aSpecialGroupMemberIsDueForFollowUpUntilSomeoneFollowsThemUp() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long resident = RestIT.id(post("/api/v1/residents", RestIT.resident(freshIdNumber(), "独居者", tree.dwelling)));
        long worker = StaffIT.worker(tree.community, "帮扶员");
        Map<String, Object> member = new LinkedHashMap<>(Map.of("residentId", resident, "groupCode", "elderly-alone",
                "since", TODAY.minusDays(60).toString(), "responsibleWorkerId", worker, "followUpDays", 30));
        assertEquals("groupCode", post("/api/v1/special-group-members", withValue(member, "groupCode", "aliens")).errorField());
        assertEquals("responsibleWorkerId", post("/api/v1/special-group-members", withValue(member, "responsibleWorkerId", 987654321))
                .errorField());
        long id = RestIT.id(post("/api/v1/special-group-members", member));
        assertTrue(get("/api/v1/special-group-members/" + id).json().path("followUpDue").asBoolean());

        Map<String, Object> followUp = new LinkedHashMap<>(Map.of("memberId", id, "workerId", worker,
                "followedOn", TODAY.minusDays(3).toString(), "method", "HOME_VISIT", "notes", "身体状况良好"));
        assertEquals("followedOn", post("/api/v1/follow-ups", withValue(followUp, "followedOn", TODAY.minusDays(90).toString()))
                .errorField());
        RestIT.id(post("/api/v1/follow-ups", followUp));
        JsonNode after = get("/api/v1/special-group-members/" + id).json();
        assertEquals(false, after.path("followUpDue").asBoolean());
        assertEquals(TODAY.minusDays(3).toString(), after.path("lastFollowUpOn").asText());
        Node soap = invoke("population", "findFollowUps", "<filter><name>memberId</name><value>" + id + "</value></filter>");
        assertEquals("HOME_VISIT", text(soap, "//*[local-name()='item']/*[local-name()='method']"));
        assertEquals(409, delete("/api/v1/special-group-members/" + id).status());
    }

    @Test
    public void tenanciesDoNotOverlapAndVolunteersCountTheirHours() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long tenant = RestIT.id(post("/api/v1/residents", RestIT.resident(freshIdNumber(), "租客", tree.dwelling)));
        Map<String, Object> tenancy = new LinkedHashMap<>(Map.of("dwellingId", tree.dwelling, "tenantResidentId", tenant,
                "landlordName", "房东", "startsOn", TODAY.minusMonths(6).toString()));
        assertEquals("level", post("/api/v1/tenancies", withValue(tenancy, "dwellingId", tree.building)).errorCode());
        RestIT.id(post("/api/v1/tenancies", tenancy));
        Answer overlap = post("/api/v1/tenancies", withValue(tenancy, "startsOn", TODAY.minusMonths(1).toString()));
        assertEquals(409, overlap.status());
        assertEquals(1, get("/api/v1/tenancies?dwellingId=" + tree.dwelling + "&on=" + TODAY).json().path("total").asInt());

        Map<String, Object> volunteer = new LinkedHashMap<>(Map.of("residentId", tenant, "registeredOn", TODAY.minusMonths(2).toString(),
                "skills", List.of("急救", "理发"), "active", true));
        long id = RestIT.id(post("/api/v1/volunteers", volunteer));
        assertEquals(409, post("/api/v1/volunteers", volunteer).status());
        for (String hours : new String[] {"2.5", "3"}) {
            RestIT.id(post("/api/v1/volunteer-services", Map.of("volunteerId", id, "servedOn", TODAY.minusDays(7).toString(),
                    "hours", Double.valueOf(hours), "activity", "为老服务")));
        }
        assertEquals("hours", post("/api/v1/volunteer-services", Map.of("volunteerId", id, "servedOn", TODAY.toString(),
                "hours", 25, "activity", "通宵")).errorField());
        assertEquals(0, get("/api/v1/volunteers/" + id).json().path("totalHours").decimalValue().compareTo(new java.math.BigDecimal("5.5")));
        Node soap = invoke("population", "getVolunteer", "<id>" + id + "</id>");
        assertEquals("2", text(soap, "count(//*[local-name()='volunteer']/*[local-name()='skills'])"));
        assertEquals(403, postAs("auditor", "/api/v1/volunteers", volunteer).status());
    }

    private static Map<String, Object> withValue(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
