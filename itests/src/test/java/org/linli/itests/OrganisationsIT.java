package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.ws.soap.SOAPFaultException;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Node;

/**
 * The register of organisations through both doors: a residents' committee with its six
 * sub-committees and their members, an election and a by-election, funds, and what bad input
 * leaves behind (nothing).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OrganisationsIT extends LinliTestSupport {
    static final List<String> BEIJING_SIX = List.of("people-mediation", "public-security", "public-health", "social-welfare",
            "culture-sports", "co-governance");
    private static final LocalDate TODAY = LocalDate.now();

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void aCommitteeWithSixSubCommitteesReadsBackThroughBothDoors() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = organisation("RESIDENTS_COMMITTEE", "测试社区居委会", tree.community, null, null);
        long committeeTerm = term(committee, TODAY.minusYears(1), TODAY.plusYears(4), 7);
        long director = RestIT.id(post("/api/v1/memberships", member(committeeTerm, "刘主任", "CHAIR", false)));
        long party = organisation("PARTY_ORGANISATION", "测试社区党委", tree.community, null, "party-committee");
        long partyTerm = term(party, TODAY.minusYears(1), TODAY.plusYears(4), 5);
        RestIT.id(post("/api/v1/memberships", member(partyTerm, "刘主任", "SECRETARY", false)));
        for (String kind : BEIJING_SIX) {
            long sub = organisation("SUB_COMMITTEE", kind, tree.community, committee, kind);
            long subTerm = term(sub, TODAY.minusYears(1), TODAY.plusYears(4), 9);
            RestIT.id(post("/api/v1/memberships", member(subTerm, "刘主任", "CHAIR", true)));
            for (int i = 1; i < 7; i++) {
                RestIT.id(post("/api/v1/memberships", member(subTerm, kind + "委员" + i, "MEMBER", i <= 3)));
            }
        }

        JsonNode subs = get("/api/v1/organisations?parentId=" + committee + "&size=50").json();
        assertEquals(6, subs.path("total").asInt());
        List<String> kinds = new ArrayList<>();
        for (JsonNode sub : subs.path("items")) {
            kinds.add(sub.path("typeCode").asText());
            JsonNode members = get("/api/v1/memberships?organisationId=" + sub.path("id").asLong() + "&on=" + TODAY).json();
            assertEquals(7, members.path("total").asInt());
            assertEquals(4, get("/api/v1/memberships?organisationId=" + sub.path("id").asLong() + "&residentRepresentative=true")
                    .json().path("total").asInt());
            // The chair of each sub-committee sits on the residents' committee (BJ-03's fact).
            JsonNode both = get("/api/v1/memberships/cross-holders?organisationId=" + sub.path("id").asLong()
                    + "&otherOrganisationId=" + committee).json();
            assertEquals(1, both.size());
            assertEquals("CHAIR", both.get(0).path("role").asText());
        }
        assertEquals(BEIJING_SIX.stream().sorted().toList(), kinds.stream().sorted().toList());
        // One person is party secretary and committee director (一肩挑).
        JsonNode oneShoulder = get("/api/v1/memberships/cross-holders?organisationId=" + party + "&otherOrganisationId=" + committee
                + "&on=" + TODAY).json();
        assertEquals("SECRETARY", oneShoulder.get(0).path("role").asText());
        assertEquals(director, get("/api/v1/memberships/cross-holders?organisationId=" + committee + "&otherOrganisationId=" + party)
                .json().get(0).path("id").asLong());

        Node page = invoke("organisations", "findOrganisations",
                "<filter><name>parentId</name><value>" + committee + "</value></filter><size>50</size>");
        assertEquals("6", text(page, "//*[local-name()='result']/*[local-name()='total']"));
        String firstSub = text(page, "(//*[local-name()='item'])[1]/*[local-name()='id']");
        Node members = invoke("organisations", "findMemberships",
                "<filter><name>organisationId</name><value>" + firstSub + "</value></filter>");
        assertEquals("7", text(members, "//*[local-name()='result']/*[local-name()='total']"));
        Node cross = invoke("organisations", "findCrossHolders",
                "<organisationId>" + party + "</organisationId><otherOrganisationId>" + committee + "</otherOrganisationId>");
        assertEquals("刘主任", text(cross, "//*[local-name()='membership']/*[local-name()='personName']"));
    }

    @Test
    public void anElectionAndAByElectionFillTheTermAndItsVacancy() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = organisation("RESIDENTS_COMMITTEE", "选举居委会", tree.community, null, null);
        long term = term(committee, TODAY.minusYears(1), TODAY.plusYears(4), 5);
        long assembly = meeting(committee, "residents-meeting", TODAY.minusYears(1).minusDays(10));
        Map<String, Object> election = election(committee, term, "REGULAR", 5, assembly);
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            candidates.add(candidate("候选人" + i, i <= 5 ? "PASSED" : "REJECTED", i <= 5));
        }
        election.put("candidates", candidates);
        long regular = RestIT.id(post("/api/v1/elections", election));
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> m = member(term, "候选人" + i, i == 1 ? "CHAIR" : "MEMBER", false);
            m.put("electionId", regular);
            RestIT.id(post("/api/v1/memberships", m));
        }
        JsonNode read = get("/api/v1/elections/" + regular).json();
        assertEquals(6, read.path("candidates").size());
        assertEquals(TODAY.minusYears(1).minusDays(10).toString(), read.path("voteDate").asText());
        assertEquals(0, get("/api/v1/terms/" + term).json().path("vacancies").asInt());
        assertEquals(5, get("/api/v1/memberships?electionId=" + regular).json().path("total").asInt());

        // A member leaves: the seat is vacant until the by-election fills it.
        long leaver = get("/api/v1/memberships?termId=" + term + "&personName=候选人5").json().path("items").get(0).path("id").asLong();
        Map<String, Object> left = member(term, "候选人5", "MEMBER", false);
        left.put("electionId", regular);
        left.put("endsOn", TODAY.minusDays(30).toString());
        assertEquals(200, put("/api/v1/memberships/" + leaver, left).status());
        assertEquals(1, get("/api/v1/terms/" + term).json().path("vacancies").asInt());

        Map<String, Object> outside = election(committee, term, "BY_ELECTION", 1, null);
        outside.put("voteDate", TODAY.plusYears(5).toString());
        Answer refused = post("/api/v1/elections", outside);
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("voteDate", refused.errorField());

        long meeting = meeting(committee, "residents-meeting", TODAY.minusDays(2));
        Map<String, Object> by = election(committee, term, "BY_ELECTION", 1, meeting);
        by.put("candidates", List.of(candidate("补选人", "PASSED", true), candidate("落选人", "PASSED", false)));
        long byElection = RestIT.id(post("/api/v1/elections", by));
        Map<String, Object> filled = member(term, "补选人", "MEMBER", false);
        filled.put("electionId", byElection);
        filled.put("startsOn", TODAY.minusDays(2).toString());
        RestIT.id(post("/api/v1/memberships", filled));
        assertEquals(0, get("/api/v1/terms/" + term).json().path("vacancies").asInt());

        Node soap = invoke("organisations", "getElection", "<id>" + byElection + "</id>");
        assertEquals("BY_ELECTION", text(soap, "//*[local-name()='election']/*[local-name()='kind']"));
        assertEquals("2", text(soap, "count(//*[local-name()='candidates'])"));
        Node elections = invoke("organisations", "findElections", "<filter><name>termId</name><value>" + term + "</value></filter>");
        assertEquals("2", text(elections, "//*[local-name()='result']/*[local-name()='total']"));
        Node soapTerm = invoke("organisations", "getTerm", "<id>" + term + "</id>");
        assertEquals("5", text(soapTerm, "//*[local-name()='term']/*[local-name()='sittingMembers']"));
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = organisation("RESIDENTS_COMMITTEE", "校验居委会", tree.community, null, null);
        long term = term(committee, TODAY.minusYears(1), TODAY.plusYears(4), 7);

        Map<String, Object> election = election(committee, term, "REGULAR", 1, null);
        election.put("voteDate", TODAY.minusYears(1).toString());
        election.put("candidates", List.of(candidate("合格", "PASSED", true), candidate("未审", "PENDING", true)));
        Answer unqualified = post("/api/v1/elections", election);
        assertEquals(unqualified.toString(), 400, unqualified.status());
        assertEquals("candidates[1].elected", unqualified.errorField());
        assertEquals(0, get("/api/v1/elections?termId=" + term).json().path("total").asInt());

        Map<String, Object> early = member(term, "早到者", "MEMBER", false);
        early.put("startsOn", TODAY.minusYears(2).toString());
        Answer outside = post("/api/v1/memberships", early);
        assertEquals(400, outside.status());
        assertEquals("startsOn", outside.errorField());
        long resident = RestIT.id(post("/api/v1/residents", RestIT.resident(freshIdNumber(), "居民委员", tree.dwelling)));
        Map<String, Object> byRecord = new LinkedHashMap<>(Map.of("termId", term, "residentId", resident, "role", "MEMBER"));
        JsonNode fromRecord = post("/api/v1/memberships", byRecord).json();
        assertEquals("居民委员", fromRecord.path("personName").asText());
        Answer stillNeeded = delete("/api/v1/residents/" + resident);
        assertEquals(stillNeeded.toString(), 409, stillNeeded.status());
        assertEquals(200, get("/api/v1/residents/" + resident).status());
        RestIT.id(post("/api/v1/memberships", member(term, "主任甲", "CHAIR", false)));
        Answer second = post("/api/v1/memberships", member(term, "主任乙", "CHAIR", false));
        assertEquals(409, second.status());
        assertEquals("role", second.errorField());
        assertEquals(2, get("/api/v1/memberships?termId=" + term).json().path("total").asInt());

        Map<String, Object> sub = new LinkedHashMap<>(Map.of("kind", "SUB_COMMITTEE", "name", "无类型", "communityId", tree.community,
                "parentId", committee, "typeCode", "no-such-kind"));
        Answer unknownKind = post("/api/v1/organisations", sub);
        assertEquals(400, unknownKind.status());
        assertEquals("typeCode", unknownKind.errorField());
        assertEquals("unknown_code", unknownKind.errorCode());
        assertEquals(400, get("/api/v1/memberships?colour=red").status());
        assertEquals("on", get("/api/v1/memberships?on=yesterday").errorField());

        Map<String, Object> line = new LinkedHashMap<>(Map.of("organisationId", committee, "fiscalYear", TODAY.getYear(),
                "fund", "public-welfare", "amount", 20000));
        long budget = RestIT.id(post("/api/v1/budget-lines", line));
        assertEquals(409, post("/api/v1/budget-lines", line).status());
        RestIT.id(post("/api/v1/spendings", spending(budget, 15000)));
        Answer over = post("/api/v1/spendings", spending(budget, 6000));
        assertEquals(409, over.status());
        assertEquals("over_budget", over.errorCode());
        assertEquals(0, get("/api/v1/budget-lines/" + budget).json().path("spent").decimalValue().compareTo(new java.math.BigDecimal("15000")));

        try {
            invoke("organisations", "createFacility", "<facility><organisationId>" + committee
                    + "</organisationId><kind>swimming-pool</kind><area>50</area></facility>");
            fail("an unknown facility kind must be refused");
        } catch (SOAPFaultException e) {
            assertEquals("kind", text(detail(e), "//*[local-name()='error']/*[local-name()='field']"));
        }
        assertEquals(0, get("/api/v1/facilities?organisationId=" + committee).json().path("total").asInt());
        assertEquals(409, delete("/api/v1/organisations/" + committee).status());
    }

    @Test
    public void codeListsAreDataThatAnAdministratorExtends() {
        Map<String, Object> code = new LinkedHashMap<>(Map.of("list", "sub-committee", "code", "elderly-care-" + serial(),
                "nameZh", "养老服务委员会", "nameEn", "Elderly care"));
        assertEquals(403, postAs("staff", "/api/v1/codes", code).status());
        RestIT.id(post("/api/v1/codes", code));
        assertEquals(409, post("/api/v1/codes", code).status());
        RestIT.Tree tree = new RestIT.Tree();
        long committee = organisation("RESIDENTS_COMMITTEE", "扩展居委会", tree.community, null, null);
        organisation("SUB_COMMITTEE", "养老服务委员会", tree.community, committee, (String) code.get("code"));
        assertTrue(getAs("staff", "/api/v1/codes?list=sub-committee&size=100").json().path("total").asInt() >= 11);
    }

    @Test
    public void inspectionsAwaitTheirRectificationAndAwardTitles() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = organisation("RESIDENTS_COMMITTEE", "受检居委会", tree.community, null, null);
        Map<String, Object> patrol = new LinkedHashMap<>(Map.of("organisationId", committee, "kind", "disclosure-street-monthly",
                "inspectedOn", TODAY.minusDays(10).toString(), "inspector", "街道办事处", "verdict", "RECTIFY",
                "findings", "居务公开栏未按期更新"));
        assertEquals("rectifyBy", post("/api/v1/inspections", patrol).errorField());
        patrol.put("rectifyBy", TODAY.plusDays(20).toString());
        long inspection = RestIT.id(post("/api/v1/inspections", patrol));
        String awaiting = "/api/v1/inspections?organisationId=" + committee + "&awaitingRectification=true";
        assertEquals(1, get(awaiting).json().path("total").asInt());
        patrol.put("rectifiedOn", TODAY.minusDays(2).toString());
        assertEquals(200, put("/api/v1/inspections/" + inspection, patrol).status());
        assertEquals(0, get(awaiting).json().path("total").asInt());

        Map<String, Object> failed = new LinkedHashMap<>(Map.of("organisationId", committee, "kind", "demonstration-acceptance",
                "inspectedOn", TODAY.minusDays(1).toString(), "inspector", "区民政局验收组", "verdict", "FAILED",
                "awardedTitle", "区级示范点"));
        assertEquals("awardedTitle", post("/api/v1/inspections", failed).errorField());
        failed.put("verdict", "PASSED");
        RestIT.id(post("/api/v1/inspections", failed));
        Node titles = invoke("organisations", "findInspections", "<filter><name>organisationId</name><value>" + committee
                + "</value></filter><filter><name>verdict</name><value>PASSED</value></filter>");
        assertEquals("区级示范点", text(titles, "//*[local-name()='item']/*[local-name()='awardedTitle']"));
    }

    @Test
    public void ventureProjectsGoFromProposalToCompletionWithinTheirContest() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long resident = RestIT.id(post("/api/v1/residents", RestIT.resident(freshIdNumber(), "王秀英", tree.dwelling)));
        long team = organisation("SOCIAL_ORGANISATION", "楼道花友会", tree.community, null, "self-governing");
        Map<String, Object> talent = new LinkedHashMap<>(Map.of("communityId", tree.community, "residentId", resident,
                "skills", "园艺", "foundThrough", "走访", "registeredOn", TODAY.minusMonths(3).toString(), "organisationId", team));
        long talentId = RestIT.id(post("/api/v1/talents", talent));
        assertEquals("王秀英", get("/api/v1/talents/" + talentId).json().path("personName").asText());
        assertEquals(409, post("/api/v1/talents", talent).status());

        Map<String, Object> contest = new LinkedHashMap<>(Map.of("nodeId", tree.street, "name", "第三届社区公益微创投大赛", "round", 3,
                "callOpensOn", TODAY.minusDays(40).toString(), "callClosesOn", TODAY.minusDays(20).toString(),
                "decidedOn", TODAY.minusDays(15).toString(), "fund", 5000));
        long contestId = RestIT.id(post("/api/v1/venture-contests", contest));
        Map<String, Object> project = new LinkedHashMap<>(Map.of("contestId", contestId, "communityId", tree.community,
                "title", "楼道微花园", "field", "environment", "talentId", talentId, "teamOrganisationId", team,
                "proposedOn", TODAY.minusDays(50).toString(), "status", "PROPOSED"));
        Answer early = post("/api/v1/venture-projects", project);
        assertEquals(400, early.status());
        assertEquals("outside_call", early.errorCode());
        project.put("proposedOn", TODAY.minusDays(30).toString());
        project.put("field", "gardening");
        assertEquals("field", post("/api/v1/venture-projects", project).errorField());
        project.put("field", "environment");
        long projectId = RestIT.id(post("/api/v1/venture-projects", project));
        assertEquals("王秀英", get("/api/v1/venture-projects/" + projectId).json().path("proposerName").asText());

        // Each status carries the dates and the grant of the steps it has passed; the grants stay within the fund.
        project.put("status", "FUNDED");
        project.put("grantAmount", 3000);
        assertEquals("decidedOn", put("/api/v1/venture-projects/" + projectId, project).errorField());
        project.put("decidedOn", TODAY.minusDays(15).toString());
        project.put("fundedOn", TODAY.minusDays(10).toString());
        assertEquals(200, put("/api/v1/venture-projects/" + projectId, project).status());
        Map<String, Object> second = new LinkedHashMap<>(project);
        second.put("title", "邻里互助角");
        second.put("field", "mutual-help");
        second.put("grantAmount", 2500);
        Answer over = post("/api/v1/venture-projects", second);
        assertEquals(409, over.status());
        assertEquals("grantAmount", over.errorField());
        second.put("grantAmount", 2000);
        RestIT.id(post("/api/v1/venture-projects", second));
        contest.put("fund", 4000);
        assertEquals(409, put("/api/v1/venture-contests/" + contestId, contest).status());

        RestIT.Tree other = new RestIT.Tree();
        Map<String, Object> stranger = new LinkedHashMap<>(project);
        stranger.put("communityId", other.community);
        stranger.remove("talentId");
        stranger.remove("teamOrganisationId");
        stranger.put("proposerName", "外区居民");
        stranger.put("status", "PROPOSED");
        for (String key : List.of("decidedOn", "fundedOn", "grantAmount")) {
            stranger.remove(key);
        }
        assertEquals("outside_contest", post("/api/v1/venture-projects", stranger).errorCode());

        Map<String, Object> activity = new LinkedHashMap<>(Map.of("projectId", projectId, "heldOn", TODAY.minusDays(5).toString(),
                "title", "认领花箱", "beneficiaries", 36, "place", "3号楼楼道"));
        long activityId = RestIT.id(post("/api/v1/venture-activities", activity));
        assertEquals(tree.community, get("/api/v1/venture-activities/" + activityId).json().path("communityId").asLong());
        activity.put("beneficiaries", -1);
        assertEquals("beneficiaries", post("/api/v1/venture-activities", activity).errorField());
        assertEquals(409, delete("/api/v1/venture-projects/" + projectId).status());

        Node funded = invoke("organisations", "findVentureProjects", "<filter><name>contestId</name><value>" + contestId
                + "</value></filter><filter><name>status</name><value>FUNDED</value></filter>");
        assertEquals("2", text(funded, "//*[local-name()='total']"));
    }

    @Test
    public void communitiesOrderFromTheServiceList() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        long provider = organisation("SOCIAL_ORGANISATION", "阳光社工", tree.community, null, "professional-service");
        long committee = organisation("RESIDENTS_COMMITTEE", "点单社区居委会", tree.community, null, null);
        Map<String, Object> offer = new LinkedHashMap<>(Map.of("organisationId", provider, "title", "独居老人心理疏导",
                "category", "心理服务", "pricing", "FREE", "price", 10, "offeredFrom", TODAY.minusDays(30).toString()));
        assertEquals("price", post("/api/v1/service-offers", offer).errorField());
        offer.put("pricing", "LOW_COST");
        long offerId = RestIT.id(post("/api/v1/service-offers", offer));
        assertEquals(1, get("/api/v1/service-offers?organisationId=" + provider + "&on=" + TODAY).json().path("total").asInt());

        Map<String, Object> order = new LinkedHashMap<>(Map.of("offerId", offerId, "organisationId", committee,
                "orderedOn", TODAY.minusDays(40).toString(), "wantedBy", TODAY.plusDays(7).toString(), "status", "ORDERED"));
        assertEquals("off_list", post("/api/v1/service-orders", order).errorCode());
        order.put("orderedOn", TODAY.minusDays(3).toString());
        long orderId = RestIT.id(post("/api/v1/service-orders", order));
        order.put("status", "DELIVERED");
        order.put("beneficiaries", 12);
        assertEquals("deliveredOn", put("/api/v1/service-orders/" + orderId, order).errorField());
        order.put("deliveredOn", TODAY.toString());
        assertEquals(200, put("/api/v1/service-orders/" + orderId, order).status());
        assertEquals(provider, get("/api/v1/service-orders/" + orderId).json().path("providerOrganisationId").asLong());
        assertEquals(409, delete("/api/v1/service-offers/" + offerId).status());

        Node delivered = invoke("organisations", "findServiceOrders", "<filter><name>providerOrganisationId</name><value>" + provider
                + "</value></filter><filter><name>status</name><value>DELIVERED</value></filter>");
        assertEquals("12", text(delivered, "//*[local-name()='item']/*[local-name()='beneficiaries']"));
    }

    static long organisation(String kind, String name, long community, Long parent, String type) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("kind", kind);
        org.put("name", name);
        org.put("communityId", community);
        org.put("parentId", parent);
        org.put("typeCode", type);
        if (kind.equals("SOCIAL_ORGANISATION")) {
            org.put("registration", "FILED");
        }
        return RestIT.id(post("/api/v1/organisations", org));
    }

    static long term(long organisation, LocalDate start, LocalDate end, int seats) {
        return RestIT.id(post("/api/v1/terms", Map.of("organisationId", organisation, "startsOn", start.toString(),
                "endsOn", end.toString(), "seats", seats)));
    }

    static Map<String, Object> member(long term, String name, String role, boolean representative) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("termId", term);
        member.put("personName", name);
        member.put("role", role);
        member.put("residentRepresentative", representative);
        return member;
    }

    static long meeting(long organisation, String type, LocalDate on) {
        return RestIT.id(post("/api/v1/meetings", Map.of("organisationId", organisation, "type", type, "title", "会议",
                "heldOn", on.toString(), "attendees", List.of("甲", "乙"), "decisions", List.of("通过"))));
    }

    private static Map<String, Object> election(long organisation, long term, String kind, int seats, Long meeting) {
        Map<String, Object> election = new LinkedHashMap<>();
        election.put("organisationId", organisation);
        election.put("termId", term);
        election.put("kind", kind);
        election.put("seats", seats);
        election.put("meetingId", meeting);
        return election;
    }

    private static Map<String, Object> candidate(String name, String qualification, boolean elected) {
        return new LinkedHashMap<>(Map.of("personName", name, "qualification", qualification, "elected", elected,
                "reviewedBy", "民政、公安、纪检"));
    }

    private static Map<String, Object> spending(long budget, int amount) {
        return Map.of("budgetLineId", budget, "spentOn", TODAY.toString(), "amount", amount, "purpose", "楼道照明");
    }
}
