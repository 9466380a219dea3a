package org.linli.itests;

import static org.junit.Assert.assertEquals;

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

/**
 * Community affairs through both doors: mediation cases, consultations in procedure order, conventions stage by stage,
 * notices in force until withdrawn.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AffairsIT extends LinliTestSupport {
    private static final LocalDate TODAY = LocalDate.now();

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void aNoticeIsPublishedByACommunityOrStreetAndInForceUntilWithdrawn() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        Map<String, Object> notice = new LinkedHashMap<>(Map.of("nodeId", tree.grid, "kind", "grid-map", "title", "社区平面图（网格图）",
                "body", "本社区划分为三个网格，网格员姓名与分工见服务站大厅。", "place", "服务站大厅", "publishedOn", TODAY.minusDays(3).toString()));
        Answer onAGrid = post("/api/v1/notices", notice);
        assertEquals(onAGrid.toString(), "nodeId", onAGrid.errorField());
        assertEquals("level", onAGrid.errorCode());
        notice.put("nodeId", tree.community);
        notice.put("kind", "poster");
        assertEquals("unknown_code", post("/api/v1/notices", notice).errorCode());
        notice.put("kind", "grid-map");
        notice.put("withdrawnOn", TODAY.minusDays(4).toString());
        assertEquals("withdrawnOn", post("/api/v1/notices", notice).errorField());
        notice.remove("withdrawnOn");
        long id = RestIT.id(post("/api/v1/notices", notice));

        String inForce = "/api/v1/notices?nodeId=" + tree.street + "&on=" + TODAY;
        assertEquals(id, get(inForce).json().path("items").path(0).path("id").asLong());
        assertEquals(404, getAs("street", "/api/v1/notices/" + id).status());
        notice.put("withdrawnOn", TODAY.minusDays(1).toString());
        assertEquals(200, put("/api/v1/notices/" + id, notice).status());
        assertEquals(0, get(inForce).json().path("total").asLong());
        assertEquals(1, get("/api/v1/notices?nodeId=" + tree.street + "&on=" + TODAY.minusDays(2)).json().path("total").asLong());

        // The SOAP door has the kind's operations without code of its own.
        Node read = invoke("affairs", "getNotice", "<id>" + id + "</id>");
        assertEquals("社区平面图（网格图）", text(read, "//*[local-name()='notice']/*[local-name()='title']"));
        Node found = invoke("affairs", "findNotices", "<filter><name>nodeId</name><value>" + tree.community + "</value></filter>"
                + "<filter><name>kind</name><value>grid-map</value></filter>");
        assertEquals("1", text(found, "count(//*[local-name()='item'])"));
        assertEquals("公告公示", get("/api/v1/kinds/notices").json().path("labels").path("zh").asText());
    }

    @Test
    public void aMediationCaseEndsWithAnAgreementAndItsDate() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        Map<String, Object> mediation = new LinkedHashMap<>(Map.of("nodeId", tree.building, "title", "楼上漏水纠纷", "kind", "neighbour",
                "parties", List.of("张甲"), "mediators", List.of("调解员李"), "openedOn", TODAY.minusDays(5).toString(), "outcome", "PENDING"));
        assertEquals("parties", post("/api/v1/mediation-cases", mediation).errorField());
        mediation.put("parties", List.of("张甲", "王乙"));
        mediation.put("outcome", "AGREED");
        mediation.put("closedOn", TODAY.toString());
        assertEquals("agreement", post("/api/v1/mediation-cases", mediation).errorField());
        mediation.put("outcome", "PENDING");
        assertEquals("closedOn", post("/api/v1/mediation-cases", mediation).errorField());
        mediation.remove("closedOn");
        long id = RestIT.id(post("/api/v1/mediation-cases", mediation));

        mediation.put("outcome", "AGREED");
        mediation.put("closedOn", TODAY.toString());
        mediation.put("agreement", "楼上住户承担维修费用");
        assertEquals(200, put("/api/v1/mediation-cases/" + id, mediation).status());
        Node found = invoke("affairs", "findMediationCases", "<filter><name>nodeId</name><value>" + tree.community + "</value></filter>"
                + "<filter><name>outcome</name><value>AGREED</value></filter>");
        assertEquals("楼上住户承担维修费用", text(found, "//*[local-name()='item']/*[local-name()='agreement']"));
        assertEquals("2", text(found, "count(//*[local-name()='item']/*[local-name()='parties'])"));
    }

    @Test
    public void aConsultationRecordsItsProcedureStepsInOrderOnly() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "议事居委会", tree.community, null, null);
        Map<String, Object> consultation = new LinkedHashMap<>(Map.of("organisationId", committee, "topic", "加装电梯",
                "procedure", "four-deliberations", "participants", List.of("居民代表甲", "居民代表乙")));
        consultation.put("steps", List.of(step("committees-discussion", TODAY.minusDays(9))));
        Answer skipped = post("/api/v1/consultations", consultation);
        assertEquals("steps[0].step", skipped.errorField());
        assertEquals("order", skipped.errorCode());
        consultation.put("steps", List.of(step("party-proposal", TODAY.minusDays(9)), step("committees-discussion", TODAY.minusDays(10))));
        assertEquals("steps[1].doneOn", post("/api/v1/consultations", consultation).errorField());
        assertEquals(0, get("/api/v1/consultations?organisationId=" + committee).json().path("total").asInt());

        consultation.put("steps", List.of(step("party-proposal", TODAY.minusDays(9)), step("committees-discussion", TODAY.minusDays(7))));
        long id = RestIT.id(post("/api/v1/consultations", consultation));
        // The fund's spending names the consultation that approved it (BJ-11); one of another community's is refused.
        long budget = RestIT.id(post("/api/v1/budget-lines", Map.of("organisationId", committee, "fiscalYear", TODAY.getYear(),
                "fund", "public-welfare", "amount", 50000)));
        Map<String, Object> spending = new LinkedHashMap<>(Map.of("budgetLineId", budget, "spentOn", TODAY.toString(), "amount", 12000,
                "purpose", "电梯可行性评估", "consultationId", id));
        assertEquals(id, post("/api/v1/spendings", spending).json().path("consultationId").asLong());
        RestIT.Tree elsewhere = new RestIT.Tree();
        long otherCommittee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "别处居委会", elsewhere.community, null, null);
        long other = RestIT.id(post("/api/v1/consultations", Map.of("organisationId", otherCommittee, "topic", "别处议题",
                "procedure", "simple")));
        spending.put("consultationId", other);
        assertEquals("consultationId", post("/api/v1/spendings", spending).errorField());
        consultation.put("steps", List.of(step("party-proposal", TODAY.minusDays(9)), step("committees-discussion", TODAY.minusDays(7)),
                step("party-members-review", TODAY.minusDays(3))));
        assertEquals(3, put("/api/v1/consultations/" + id, consultation).json().path("steps").size());
        Node read = invoke("affairs", "getConsultation", "<id>" + id + "</id>");
        assertEquals("party-members-review", text(read, "(//*[local-name()='steps'])[3]/*[local-name()='step']"));

        // A district's own procedure is data: a code list of its steps, in order.
        String procedure = "two-steps-" + serial();
        RestIT.id(post("/api/v1/codes", Map.of("list", "procedure", "code", procedure, "nameZh", "两步议事", "nameEn", "Two steps")));
        RestIT.id(post("/api/v1/codes", Map.of("list", "procedure-" + procedure, "code", "ask", "nameZh", "征询", "nameEn", "Ask", "position", 1)));
        RestIT.id(post("/api/v1/codes", Map.of("list", "procedure-" + procedure, "code", "decide", "nameZh", "决定", "nameEn", "Decide", "position", 2)));
        consultation.put("procedure", procedure);
        consultation.put("steps", List.of(step("ask", TODAY.minusDays(2)), step("decide", TODAY)));
        RestIT.id(post("/api/v1/consultations", consultation));
        consultation.put("steps", List.of(step("decide", TODAY)));
        assertEquals("steps[0].step", post("/api/v1/consultations", consultation).errorField());
        assertEquals(403, postAs("auditor", "/api/v1/consultations", consultation).status());
    }

    @Test
    public void aConventionMovesThroughItsStagesWithoutSkippingOne() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "公约居委会", tree.community, null, null);
        Map<String, Object> convention = new LinkedHashMap<>(Map.of("organisationId", committee, "title", "居民公约", "version", 1,
                "status", "DRAFT", "draftedOn", TODAY.minusDays(40).toString()));
        long id = RestIT.id(post("/api/v1/conventions", convention));
        convention.put("status", "REVIEWED");
        convention.put("consultedOn", TODAY.minusDays(30).toString());
        convention.put("reviewedOn", TODAY.minusDays(20).toString());
        Answer skipped = put("/api/v1/conventions/" + id, convention);
        assertEquals(409, skipped.status());
        assertEquals("stage", skipped.errorCode());
        convention.put("status", "CONSULTING");
        assertEquals("reviewedOn", put("/api/v1/conventions/" + id, convention).errorField());
        convention.remove("reviewedOn");
        assertEquals("CONSULTING", put("/api/v1/conventions/" + id, convention).json().path("status").asText());
        for (String[] stage : new String[][] {{"REVIEWED", "reviewedOn", "20"}, {"ADOPTED", "adoptedOn", "10"}, {"PUBLISHED", "publishedOn", "5"}}) {
            convention.put("status", stage[0]);
            convention.put(stage[1], TODAY.minusDays(Integer.parseInt(stage[2])).toString());
            assertEquals(stage[0], put("/api/v1/conventions/" + id, convention).json().path("status").asText());
        }
        convention.put("status", "ADOPTED");
        convention.remove("publishedOn");
        assertEquals(409, put("/api/v1/conventions/" + id, convention).status());
        Node published = invoke("affairs", "findConventions", "<filter><name>organisationId</name><value>" + committee + "</value></filter>"
                + "<filter><name>status</name><value>PUBLISHED</value></filter>");
        assertEquals("1", text(published, "//*[local-name()='result']/*[local-name()='total']"));

        // An earlier version registered whole, its dates in order; one whose dates go back is refused.
        Map<String, Object> history = new LinkedHashMap<>(Map.of("organisationId", committee, "title", "居民公约(旧)", "version", 2,
                "status", "ADOPTED", "draftedOn", "2020-01-10", "consultedOn", "2020-02-10", "reviewedOn", "2020-03-10",
                "adoptedOn", "2020-03-01"));
        assertEquals("adoptedOn", post("/api/v1/conventions", history).errorField());
        history.put("adoptedOn", "2020-04-01");
        RestIT.id(post("/api/v1/conventions", history));
        assertEquals(409, post("/api/v1/conventions", history).status());
        long sub = OrganisationsIT.organisation("SUB_COMMITTEE", "人民调解委员会", tree.community, committee, "people-mediation");
        history.put("organisationId", sub);
        history.put("version", 3);
        assertEquals("organisationId", post("/api/v1/conventions", history).errorField());
        JsonNode all = get("/api/v1/conventions?organisationId=" + committee).json();
        assertEquals(2, all.path("total").asInt());
    }

    private static Map<String, Object> step(String step, LocalDate on) {
        return Map.of("step", step, "doneOn", on.toString());
    }
}
