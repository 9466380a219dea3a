package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Roles and jurisdictions, through the REST door, with the development users of
 * config/dev/etc over a tree built with the codes their jurisdictions name: grid worker
 * {@code grid} holds grid G1 of community 110101001001, {@code grid2} holds G2, {@code staff}
 * the community, {@code street} its street, {@code integrator} and {@code auditor} the district.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AccessIT extends LinliTestSupport {
    private static Fixture fixture;

    /** The demonstration codes, built once per container by the administrator {@code demo}. */
    static final class Fixture {
        final long street;
        final long community;
        final long gridA;
        final long gridB;
        final long dwellingA;
        final long dwellingB;
        final long residentA;
        final long residentB;
        final String idNumberB;

        Fixture() {
            long city = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(null, "CITY", "110000", "北京市")));
            long district = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(city, "DISTRICT", "110101", "东城区")));
            street = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(district, "STREET", "110101001", "东华门街道")));
            community = RestIT.id(post("/api/v1/territory/nodes",
                    RestIT.node(street, "COMMUNITY", "110101001001", "多福巷社区")));
            gridA = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(community, "GRID", "110101001001-G1", "第1网格")));
            gridB = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(community, "GRID", "110101001001-G2", "第2网格")));
            long buildingA = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(gridA, "BUILDING", "A-B1", "1号楼")));
            long buildingB = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(gridB, "BUILDING", "B-B5", "5号楼")));
            dwellingA = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(buildingA, "DWELLING", "A-B1-101", "101室")));
            dwellingB = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(buildingB, "DWELLING", "B-B5-101", "101室")));
            residentA = RestIT.id(post("/api/v1/residents", RestIT.resident(freshIdNumber(), "甲居民", dwellingA)));
            idNumberB = freshIdNumber();
            residentB = RestIT.id(post("/api/v1/residents", RestIT.resident(idNumberB, "乙居民", dwellingB)));
        }
    }

    /**
     * The fixture, made once per container: its codes are the ones the development users'
     * jurisdictions name, so they exist once, and every suite that needs them shares it.
     */
    static synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture();
        }
        return fixture;
    }

    @Before
    public void tree() throws InterruptedException {
        awaitUp();
        fixture();
    }

    @Test
    public void aGridWorkerSeesItsGridAndNothingElse() {
        Fixture f = fixture;
        assertEquals(200, getAs("grid", "/api/v1/residents/" + f.residentA).status());
        assertEquals(404, getAs("grid", "/api/v1/residents/" + f.residentB).status());
        // Everything the grid worker finds, and counts, is what lies in grid A.
        JsonNode all = getAs("grid", "/api/v1/residents?size=500").json();
        assertEquals(get("/api/v1/residents?nodeId=" + f.gridA).json().path("total").asLong(), all.path("total").asLong());
        assertTrue(all.path("total").asLong() >= 1);
        for (JsonNode resident : all.path("items")) {
            assertTrue(resident.path("id").asLong() != f.residentB);
            assertEquals(f.dwellingA, resident.path("dwellingId").asLong());
        }
        assertEquals(0, getAs("grid", "/api/v1/residents?idNumber=" + f.idNumberB).json().path("total").asLong());
        // Another grid is named like a node that does not exist at all.
        Answer otherGrid = getAs("grid", "/api/v1/residents?nodeId=" + f.gridB);
        Answer noGrid = getAs("grid", "/api/v1/residents?nodeId=987654321");
        assertEquals(400, otherGrid.status());
        assertEquals("nodeId", otherGrid.errorField());
        assertEquals(noGrid.status(), otherGrid.status());
        assertEquals(noGrid.errorCode(), otherGrid.errorCode());
        assertEquals(404, getAs("grid", "/api/v1/territory/nodes/" + f.gridB).status());
        assertEquals(404, getAs("grid", "/api/v1/territory/nodes/" + f.community).status());
        assertEquals(200, getAs("grid", "/api/v1/territory/nodes/" + f.dwellingA).status());

        Map<String, Object> change = RestIT.resident(f.idNumberB, "乙居民改", f.dwellingB);
        assertEquals(404, putAs("grid", "/api/v1/residents/" + f.residentB, change).status());
        assertEquals(404, deleteAs("grid", "/api/v1/residents/" + f.residentB).status());
        Answer intoB = postAs("grid", "/api/v1/residents", RestIT.resident(freshIdNumber(), "越界", f.dwellingB));
        assertEquals(400, intoB.status());
        assertEquals("dwellingId", intoB.errorField());
        assertEquals("乙居民", get("/api/v1/residents/" + f.residentB).json().path("name").asText());

        // The other grid worker sees the mirror image.
        assertEquals(404, getAs("grid2", "/api/v1/residents/" + f.residentA).status());
        assertEquals(200, getAs("grid2", "/api/v1/residents/" + f.residentB).status());
    }

    @Test
    public void eachRoleDoesWhatItsTableSays() {
        Fixture f = fixture;
        Map<String, Object> building = RestIT.node(f.gridA, "BUILDING", "R-" + serial(), "新楼");
        // Territory writes: community staff within its community only.
        assertEquals(201, postAs("staff", "/api/v1/territory/nodes", building).status());
        for (String user : List.of("street", "grid", "integrator", "auditor")) {
            building.put("code", "R-" + serial());
            assertEquals(user, 403, postAs(user, "/api/v1/territory/nodes", building).status());
        }
        Answer outside = postAs("staff", "/api/v1/territory/nodes", RestIT.node(f.street, "COMMUNITY", "M-" + serial(), "别处"));
        assertEquals(400, outside.status());
        assertEquals("parentId", outside.errorField());

        // Resident writes: staff, grid workers and integrators; not street officers or auditors.
        for (String user : List.of("staff", "grid", "integrator")) {
            Answer created = postAs(user, "/api/v1/residents", RestIT.resident(freshIdNumber(), "新居民", f.dwellingA));
            assertEquals(user + " " + created, 201, created.status());
        }
        for (String user : List.of("street", "auditor")) {
            assertEquals(user, 403, postAs(user, "/api/v1/residents", RestIT.resident(freshIdNumber(), "新居民", f.dwellingA)).status());
        }

        // Resident reads: all but the auditor, each within its jurisdiction.
        for (String user : List.of("street", "staff", "integrator")) {
            assertEquals(user, 200, getAs(user, "/api/v1/residents/" + f.residentB).status());
        }
        assertEquals(403, getAs("auditor", "/api/v1/residents/" + f.residentB).status());
        assertEquals(403, getAs("auditor", "/api/v1/residents").status());
        assertEquals(200, getAs("auditor", "/api/v1/territory/nodes/" + f.community).status());
    }

    @Test
    public void personalDataIsMaskedAndEachRevealLeavesExactlyOneAuditEntry() {
        Fixture f = fixture;
        String entries = "/api/v1/audit?entity=resident&entityId=" + f.residentB;
        long before = getAs("auditor", entries).json().path("total").asLong();
        assertTrue(getAs("staff", "/api/v1/residents/" + f.residentB).json().path("idNumber").asText().contains("********"));

        Answer revealed = postAs("staff", "/api/v1/residents/" + f.residentB + "/reveal", Map.of("reason", "低保复核"));
        assertEquals(revealed.toString(), 200, revealed.status());
        assertEquals(f.idNumberB, revealed.json().path("idNumber").asText());
        JsonNode log = getAs("auditor", entries).json();
        assertEquals(before + 1, log.path("total").asLong());
        JsonNode entry = log.path("items").path(0);
        assertEquals("staff", entry.path("user").asText());
        assertEquals("reveal", entry.path("action").asText());
        assertEquals("低保复核", entry.path("reason").asText());
        assertEquals("[\"idNumber\",\"phone\"]", entry.path("fields").toString());
        assertTrue(entry.path("address").asText().length() > 0);

        // Refused reveals leave no trace and show nothing.
        Answer noReason = postAs("staff", "/api/v1/residents/" + f.residentB + "/reveal", Map.of("reason", " "));
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.errorField());
        assertEquals(403, postAs("grid2", "/api/v1/residents/" + f.residentB + "/reveal", Map.of("reason", "好奇")).status());
        assertEquals(403, postAs("integrator", "/api/v1/residents/" + f.residentB + "/reveal", Map.of("reason", "同步")).status());
        assertEquals(before + 1, getAs("auditor", entries).json().path("total").asLong());

        // The log is for auditors and administrators, and no door changes it.
        assertEquals(403, getAs("grid", "/api/v1/audit").status());
        assertEquals(403, getAs("street", "/api/v1/audit").status());
        assertEquals(200, get("/api/v1/audit").status());
        assertEquals(405, call("DELETE", "/api/v1/audit", null, "auditor", "auditor").status());
        assertEquals(405, call("POST", "/api/v1/audit", "{}", "demo", "demo").status());
    }

    @Test
    public void aMaskedReadGivesNothingAwayOfWhatTheMaskHides() throws Exception {
        Fixture f = fixture;
        LocalDate born = LocalDate.parse(f.idNumberB.substring(6, 10) + "-" + f.idNumberB.substring(10, 12) + "-" + f.idNumberB.substring(12, 14));
        int age = Period.between(born, LocalDate.now()).getYears();
        // The mask hides the birth date: no read carries it, on any door, until the record is revealed.
        JsonNode read = getAs("grid2", "/api/v1/residents/" + f.residentB).json();
        assertTrue(read.toString(), read.path("birthDate").isMissingNode());
        assertEquals(age, read.path("age").asInt());
        for (JsonNode item : getAs("grid2", "/api/v1/residents?size=500").json().path("items")) {
            assertTrue(item.toString(), item.path("birthDate").isMissingNode());
        }
        long household = RestIT.id(post("/api/v1/households", Map.of("number", "H-" + serial(), "dwellingId", f.dwellingB, "kind", "FAMILY",
                "members", List.of(Map.of("idNumber", freshIdNumber(), "name", "户主", "relationToHead", "HEAD")))));
        for (JsonNode member : getAs("grid2", "/api/v1/households/" + household).json().path("members")) {
            assertTrue(member.toString(), member.path("birthDate").isMissingNode());
        }
        String soap = call("POST", "/soap/residents", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns:getResident xmlns:ns=\"http://linli.org/soap/v1\"><id>" + f.residentB + "</id></ns:getResident></soap:Body></soap:Envelope>",
                "grid2", "grid2").body();
        assertTrue(soap, soap.contains("<age>" + age + "</age>") && !soap.contains("birthDate") && !soap.contains(f.idNumberB.substring(6, 14)));
        JsonNode revealed = postAs("staff", "/api/v1/residents/" + f.residentB + "/reveal", Map.of("reason", "核对出生日期")).json();
        assertEquals(born.toString(), revealed.path("birthDate").asText());

        // A search by the whole number confirms a guess: it is a look-up of personal data, audited.
        String searches = "/api/v1/audit?action=search&entity=resident";
        long before = get(searches).json().path("total").asLong();
        assertEquals(1, getAs("grid2", "/api/v1/residents?idNumber=" + f.idNumberB).json().path("total").asLong());
        assertEquals(0, getAs("grid", "/api/v1/residents?idNumber=" + f.idNumberB).json().path("total").asLong());
        assertEquals(200, getAs("grid2", "/api/v1/residents?name=乙").status());
        JsonNode trail = get(searches).json();
        assertEquals("one entry per search by ID number, none for a search by name", before + 2, trail.path("total").asLong());
        JsonNode hit = trail.path("items").path(1);
        assertEquals("grid2", hit.path("user").asText());
        assertEquals(String.valueOf(f.residentB), hit.path("entityId").asText());
        assertTrue(hit.toString(), hit.path("detail").asText().contains(f.idNumberB.substring(0, 6) + "********")
                && !hit.toString().contains(f.idNumberB));
        assertEquals("grid", trail.path("items").path(0).path("user").asText());
    }

    @Test
    public void anAuditorReadsTheEntriesOfTheirJurisdictionOnly() {
        Fixture f = fixture;
        postAs("staff", "/api/v1/residents/" + f.residentA + "/reveal", Map.of("reason", "核对甲"));
        postAs("staff", "/api/v1/residents/" + f.residentB + "/reveal", Map.of("reason", "核对乙"));
        String ofA = "/api/v1/audit?entity=resident&entityId=" + f.residentA;
        String ofB = "/api/v1/audit?entity=resident&entityId=" + f.residentB;
        // An auditor of grid G1 reads what concerns G1, nothing of G2, nothing that belongs to no node.
        assertTrue(getAs("gridauditor", ofA).json().path("total").asLong() >= 1);
        assertEquals(0, getAs("gridauditor", ofB).json().path("total").asLong());
        assertTrue(getAs("auditor", ofB).json().path("total").asLong() >= 1);
        assertEquals(get(ofB).json().path("total").asLong(), getAs("auditor", ofB).json().path("total").asLong());
        post("/api/v1/tokens", Map.of("client", "审计范围", "jurisdictions", List.of("110101"), "scopes", List.of("TERRITORY_READ")));
        assertTrue(get("/api/v1/audit?entity=api-token").json().path("total").asLong() >= 1);
        assertEquals(0, getAs("gridauditor", "/api/v1/audit?entity=api-token").json().path("total").asLong());
        assertEquals(0, getAs("auditor", "/api/v1/audit?entity=api-token").json().path("total").asLong());
        for (JsonNode entry : getAs("gridauditor", "/api/v1/audit?size=500").json().path("items")) {
            assertTrue(entry.toString(), !entry.path("entityId").asText().equals(String.valueOf(f.residentB)));
        }
    }

    @Test
    public void aTakenValueIsNotTracedToARecordOutsideTheCallersJurisdiction() {
        Fixture f = fixture;
        String refusals = "/api/v1/audit?action=refused";
        long before = get(refusals).json().path("total").asLong();
        // Grid G1 tries the ID number of a resident of G2: taken, and nothing more.
        Answer blind = postAs("grid", "/api/v1/residents", RestIT.resident(f.idNumberB, "冒名", f.dwellingA));
        assertEquals(409, blind.status());
        assertEquals("idNumber", blind.errorField());
        assertEquals("duplicate", blind.errorCode());
        assertTrue(blind.body(), !blind.body().contains("(resident"));
        Answer seen = postAs("grid2", "/api/v1/residents", RestIT.resident(f.idNumberB, "冒名", f.dwellingB));
        assertTrue(seen.body(), seen.body().contains("(resident " + f.residentB + ")"));
        // A node's code likewise: the street is outside the community's staff.
        Map<String, Object> building = RestIT.node(f.gridA, "BUILDING", "110101001", "同码楼");
        Answer code = postAs("staff", "/api/v1/territory/nodes", building);
        assertEquals(409, code.status());
        assertEquals("code", code.errorField());
        assertTrue(code.body(), !code.body().contains("territory node " + f.street));
        assertTrue(post("/api/v1/territory/nodes", building).body().contains("territory node " + f.street));
        // Each attempt is audited, though the write was refused and rolled back.
        JsonNode trail = get(refusals).json();
        assertEquals(before + 4, trail.path("total").asLong());
        assertEquals("staff", trail.path("items").path(1).path("user").asText());
        assertEquals("[\"code\"]", trail.path("items").path(1).path("fields").toString());
        assertEquals("grid", trail.path("items").path(3).path("user").asText());
        assertEquals("[\"idNumber\"]", trail.path("items").path(3).path("fields").toString());
    }

    @Test
    public void healthTellsOnlyAnAdministratorOfTheWholeTerritoryWhatItFound() {
        JsonNode full = get("/api/v1/health").json();
        assertEquals("UP", full.path("status").asText());
        assertTrue(full.toString(), full.path("database").path("schemaVersion").asText().length() > 0);
        Answer issued = post("/api/v1/tokens", Map.of("client", "监控", "jurisdictions", List.of("110101"), "scopes", List.of("TERRITORY_READ")));
        String bearer = "Bearer " + issued.json().path("secret").asText();
        for (Answer answer : List.of(getAs("street", "/api/v1/health"), getAs("grid", "/api/v1/health"),
                call("GET", "/api/v1/health", null, bearer, null))) {
            assertEquals(answer.toString(), 200, answer.status());
            assertEquals(answer.toString(), "{\"status\":\"UP\"}", answer.body());
        }
        assertEquals(204, delete("/api/v1/tokens/" + issued.json().path("token").path("id").asLong()).status());
    }

    @Test
    public void anAccountThatFailsFiveTimesIsLockedUntilAnAdministratorLiftsIt() {
        String refusals = "/api/v1/audit?action=sign-in-refused&entity=user&entityId=grid2";
        long before = get(refusals).json().path("total").asLong();
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, call("GET", "/api/v1/residents/" + fixture.residentB, null, "grid2", "guess" + i).status());
            }
            assertEquals("the right password, too late", 401, getAs("grid2", "/api/v1/residents/" + fixture.residentB).status());
            assertEquals(401, call("POST", "/soap/residents", "<x/>", "grid2", "grid2").status());
            JsonNode trail = get(refusals).json();
            assertEquals("each failure is audited; attempts while locked are refused untried", before + 5, trail.path("total").asLong());
            assertEquals("now-locked", trail.path("items").path(0).path("detail").asText());
            assertEquals("wrong-credentials", trail.path("items").path(1).path("detail").asText());
            assertEquals("anonymous", trail.path("items").path(0).path("user").asText());

            assertEquals(403, getAs("auditor", "/api/v1/sign-in-locks").status());
            assertEquals(403, getAs("streetadmin", "/api/v1/sign-in-locks").status());
            assertEquals(403, deleteAs("streetadmin", "/api/v1/sign-in-locks/user/grid2").status());
            JsonNode locks = get("/api/v1/sign-in-locks").json();
            assertEquals(locks.toString(), "grid2", locks.path(0).path("name").asText());
            assertEquals("user", locks.path(0).path("kind").asText());
        } finally {
            delete("/api/v1/sign-in-locks/user/grid2");
        }
        assertEquals(200, getAs("grid2", "/api/v1/residents/" + fixture.residentB).status());
        assertEquals(404, delete("/api/v1/sign-in-locks/user/grid2").status());
        assertEquals("lift-sign-in-lock", get("/api/v1/audit?entity=user&entityId=grid2").json()
                .path("items").path(0).path("action").asText());
    }

    @Test
    public void theKarafConsolesStayOffThePublicPort() throws java.io.IOException {
        // The web console can install bundles: the distribution does not start it.
        assertEquals(404, get("/system/console").status());
        assertEquals(404, get("/system/console/bundles").status());
        java.util.Properties shell = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of(System.getProperty("karaf.etc"), "org.apache.karaf.shell.cfg"))) {
            shell.load(in);
        }
        assertEquals("the SSH console answers on this machine only", "127.0.0.1", shell.getProperty("sshHost"));
    }

    /**
     * A caller's jurisdiction is resolved once and kept: when its node moves, the next request sees
     * the territory as it is now.
     */
    @Test
    public void aJurisdictionFollowsItsNodeWhenTheTerritoryChanges() {
        RestIT.Tree tree = new RestIT.Tree();
        Answer issued = post("/api/v1/tokens", Map.of("client", "辖区变更", "jurisdictions", List.of(tree.communityCode),
                "scopes", List.of("TERRITORY_READ")));
        assertEquals(issued.toString(), 201, issued.status());
        String bearer = "Bearer " + issued.json().path("secret").asText();
        assertEquals(200, call("GET", "/api/v1/territory/nodes/" + tree.dwelling, null, bearer, null).status());

        long street2 = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.district, "STREET", "MOVE-" + System.nanoTime() % 1_000_000,
                "迁入街道")));
        Answer moved = put("/api/v1/territory/nodes/" + tree.community, RestIT.node(street2, "COMMUNITY", tree.communityCode, "迁移社区"));
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals("the community's dwelling, under its new path", 200,
                call("GET", "/api/v1/territory/nodes/" + tree.dwelling, null, bearer, null).status());
        assertEquals(404, call("GET", "/api/v1/territory/nodes/" + street2, null, bearer, null).status());

        // And what is created under it from now on.
        long grid = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.community, "GRID", tree.communityCode + "-G9", "新网格")));
        assertEquals(200, call("GET", "/api/v1/territory/nodes/" + grid, null, bearer, null).status());
    }

    /**
     * A resident is found by those whose jurisdiction holds where they live or where their household
     * is registered, as the territory stands now: after their community moves to another street, and
     * after their household moves.
     */
    @Test
    public void aResidentIsFoundWhereTheyLiveAfterTheTerritoryMoves() {
        RestIT.Tree tree = new RestIT.Tree();
        RestIT.Tree elsewhere = new RestIT.Tree();
        assertEquals(201, post("/api/v1/residents", RestIT.resident(freshIdNumber(), "迁居者甲", tree.dwelling)).status());
        String number = "QJ" + serial();
        Map<String, Object> member = new java.util.LinkedHashMap<>(Map.of("idNumber", freshIdNumber(), "name", "迁居者乙",
                "relationToHead", "HEAD"));
        Answer household = post("/api/v1/households", RestIT.household(number, tree.dwelling, List.of(member)));
        assertEquals(household.toString(), 201, household.status());
        String newStreetCode = "QS" + serial();
        long newStreet = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.district, "STREET", newStreetCode, "迁入街道")));
        String oldStreet = bearer("迁居", List.of(tree.streetCode), "RESIDENT_READ");
        String toStreet = bearer("迁居", List.of(newStreetCode), "RESIDENT_READ");
        String otherStreet = bearer("迁居", List.of(elsewhere.streetCode), "RESIDENT_READ");
        String search = "/api/v1/residents?name=" + java.net.URLEncoder.encode("迁居者", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, total(oldStreet, search));
        assertEquals(0, total(toStreet, search));

        Answer moved = put("/api/v1/territory/nodes/" + tree.community, RestIT.node(newStreet, "COMMUNITY", tree.communityCode, "迁移社区"));
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals("the old street no longer holds them", 0, total(oldStreet, search));
        assertEquals("one living there, one registered there", 2, total(toStreet, search));

        Answer rehoused = put("/api/v1/households/" + household.json().path("id").asLong(),
                Map.of("number", number, "dwellingId", elsewhere.dwelling, "kind", "FAMILY"));
        assertEquals(rehoused.toString(), 200, rehoused.status());
        assertEquals("the household's member went with it", 1, total(toStreet, search));
        assertEquals(1, total(otherStreet, search));
        assertEquals("迁居者乙", call("GET", search, null, otherStreet, null).json().path("items").path(0).path("name").asText());
    }

    @Test
    public void anApiTokenActsWithinItsJurisdictionAndScopesUntilRevoked() throws InterruptedException {
        Fixture f = fixture;
        Map<String, Object> request = Map.of("client", "户籍系统", "jurisdictions", List.of("110101001001-G2"),
                "scopes", List.of("RESIDENT_READ", "TERRITORY_READ"));
        assertEquals(403, postAs("grid", "/api/v1/tokens", request).status());
        Answer issued = post("/api/v1/tokens", request);
        assertEquals(issued.toString(), 201, issued.status());
        String bearer = "Bearer " + issued.json().path("secret").asText();
        long tokenId = issued.json().path("token").path("id").asLong();

        assertEquals(200, call("GET", "/api/v1/residents/" + f.residentB, null, bearer, null).status());
        assertEquals(404, call("GET", "/api/v1/residents/" + f.residentA, null, bearer, null).status());
        assertEquals(get("/api/v1/residents?nodeId=" + f.gridB).json().path("total").asLong(),
                call("GET", "/api/v1/residents", null, bearer, null).json().path("total").asLong());
        assertTrue(call("GET", "/api/v1/residents/" + f.residentB, null, bearer, null).json()
                .path("idNumber").asText().contains("********"));
        assertEquals(403, call("POST", "/api/v1/residents", json(RestIT.resident(freshIdNumber(), "无权", f.dwellingB)),
                bearer, null).status());
        assertEquals(403, call("POST", "/api/v1/residents/" + f.residentB + "/reveal", "{\"reason\":\"同步\"}", bearer, null).status());
        String soap = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns:getResident xmlns:ns=\"http://linli.org/soap/v1\"><id>" + f.residentB + "</id></ns:getResident>"
                + "</soap:Body></soap:Envelope>";
        assertTrue(call("POST", "/soap/residents", soap, bearer, null).body().contains("乙居民"));

        Answer list = get("/api/v1/tokens");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("户籍系统"));
        assertTrue("secrets are never listed", !list.body().contains(issued.json().path("secret").asText()));

        Answer badScope = post("/api/v1/tokens", Map.of("client", "x", "jurisdictions", List.of("110101"), "scopes", List.of("AUDIT_READ")));
        assertEquals(400, badScope.status());
        assertEquals("scopes[0]", badScope.errorField());
        Answer badCode = post("/api/v1/tokens", Map.of("client", "x", "jurisdictions", List.of("NOPE"), "scopes", List.of("RESIDENT_READ")));
        assertEquals(400, badCode.status());
        assertEquals("jurisdictions[0]", badCode.errorField());

        // An administrator of one street issues, sees and revokes tokens within it, and no further.
        Answer everywhere = postAs("streetadmin", "/api/v1/tokens", Map.of("client", "越权", "jurisdictions", List.of("*"),
                "scopes", List.of("RESIDENT_READ")));
        assertEquals(400, everywhere.status());
        assertEquals("jurisdictions[0]", everywhere.errorField());
        assertEquals("outside", everywhere.errorCode());
        assertEquals("jurisdictions[0]", postAs("streetadmin", "/api/v1/tokens", Map.of("client", "越权", "jurisdictions", List.of("110101"),
                "scopes", List.of("RESIDENT_READ"))).errorField());
        Answer own = postAs("streetadmin", "/api/v1/tokens", Map.of("client", "街道系统", "jurisdictions", List.of("110101001"),
                "scopes", List.of("RESIDENT_READ")));
        assertEquals(own.toString(), 201, own.status());
        long district = post("/api/v1/tokens", Map.of("client", "区级系统", "jurisdictions", List.of("110101"),
                "scopes", List.of("RESIDENT_READ"))).json().path("token").path("id").asLong();
        String streetList = getAs("streetadmin", "/api/v1/tokens").body();
        assertTrue(streetList, streetList.contains("街道系统") && streetList.contains("户籍系统") && !streetList.contains("区级系统"));
        assertEquals(404, deleteAs("streetadmin", "/api/v1/tokens/" + district).status());
        for (JsonNode token : get("/api/v1/tokens").json()) {
            assertTrue(token.toString(), token.path("id").asLong() != district || token.path("revokedAt").isMissingNode());
        }
        assertEquals(204, delete("/api/v1/tokens/" + district).status());

        // A token may expire; it stops working then by itself.
        Answer past = post("/api/v1/tokens", Map.of("client", "x", "jurisdictions", List.of("110101"), "scopes", List.of("RESIDENT_READ"),
                "expiresAt", "2020-01-01T00:00:00Z"));
        assertEquals("expiresAt", past.errorField());
        Answer brief = post("/api/v1/tokens", Map.of("client", "临时", "jurisdictions", List.of("110101"),
                "scopes", List.of("RESIDENT_READ", "TERRITORY_READ"),
                "expiresAt", java.time.Instant.now().plusSeconds(3).toString()));
        assertEquals(brief.toString(), 201, brief.status());
        String briefBearer = "Bearer " + brief.json().path("secret").asText();
        assertEquals(200, call("GET", "/api/v1/residents/" + f.residentB, null, briefBearer, null).status());
        Thread.sleep(3500);
        assertEquals(401, call("GET", "/api/v1/residents/" + f.residentB, null, briefBearer, null).status());

        assertEquals(204, delete("/api/v1/tokens/" + tokenId).status());
        assertEquals(401, call("GET", "/api/v1/residents/" + f.residentB, null, bearer, null).status());
        assertEquals(401, call("GET", "/api/v1/health", null, "Bearer linli_not-a-token", null).status());
        JsonNode trail = get("/api/v1/audit?entity=api-token&entityId=" + tokenId).json();
        assertEquals(2, trail.path("total").asLong());
        assertEquals("revoke-token", trail.path("items").path(0).path("action").asText());
        assertEquals("issue-token", trail.path("items").path(1).path("action").asText());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void theSoapDoorGrantsEachRoleWhatTheRestDoorDoes() {
        Fixture f = fixture;
        String create = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns:createResident xmlns:ns=\"http://linli.org/soap/v1\"><resident><dwellingId>" + f.dwellingA
                + "</dwellingId><idNumber>%s</idNumber><name>经SOAP</name></resident></ns:createResident></soap:Body></soap:Envelope>";
        String reveal = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns:revealResident xmlns:ns=\"http://linli.org/soap/v1\"><id>" + f.residentA
                + "</id><reason>核对</reason></ns:revealResident></soap:Body></soap:Envelope>";
        Map<String, boolean[]> table = Map.of(
                // user -> {may write residents, may reveal}
                "demo", new boolean[] {true, true},
                "street", new boolean[] {false, true},
                "staff", new boolean[] {true, true},
                "grid", new boolean[] {true, false},
                "integrator", new boolean[] {true, false},
                "auditor", new boolean[] {false, false});
        for (Map.Entry<String, boolean[]> row : table.entrySet()) {
            String user = row.getKey();
            Answer created = call("POST", "/soap/residents", String.format(create, freshIdNumber()), user, user);
            assertEquals(user + " " + created, row.getValue()[0], created.status() == 200);
            if (!row.getValue()[0]) {
                assertTrue(user, created.body().contains("<kind>forbidden</kind>"));
            }
            Answer revealed = call("POST", "/soap/residents", reveal, user, user);
            assertEquals(user + " " + revealed, row.getValue()[1], revealed.status() == 200);
        }
    }

    @Test
    public void theSoapDoorKeepsTheSameScope() {
        Fixture f = fixture;
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns:getResident xmlns:ns=\"http://linli.org/soap/v1\"><id>%d</id></ns:getResident></soap:Body></soap:Envelope>";
        Answer own = call("POST", "/soap/residents", String.format(body, f.residentA), "grid", "grid");
        assertEquals(200, own.status());
        assertTrue(own.body().contains("甲居民"));
        Answer other = call("POST", "/soap/residents", String.format(body, f.residentB), "grid", "grid");
        assertEquals(500, other.status());
        assertTrue(other.body(), other.body().contains("<kind>not-found</kind>"));
        assertTrue(other.body(), other.body().contains("Client</faultcode>"));
        Answer auditor = call("POST", "/soap/residents", String.format(body, f.residentA), "auditor", "auditor");
        assertTrue(auditor.body(), auditor.body().contains("<kind>forbidden</kind>"));
    }

    @Test
    public void organisationsAndStaffFollowTheRoleTableAndTheJurisdiction() {
        Fixture f = fixture;
        Map<String, Object> committee = new LinkedHashMap<>(Map.of("kind", "RESIDENTS_COMMITTEE", "name", "多福巷社区居委会",
                "communityId", f.community));
        for (String user : List.of("street", "grid", "auditor")) {
            assertEquals(user, 403, postAs(user, "/api/v1/organisations", committee).status());
        }
        long organisation = RestIT.id(postAs("staff", "/api/v1/organisations", committee));
        assertEquals(200, getAs("street", "/api/v1/organisations/" + organisation).status());
        assertEquals(200, getAs("auditor", "/api/v1/organisations/" + organisation).status());
        // The committee belongs to the community, above grid G1: a grid worker's jurisdiction does not reach it.
        assertEquals(404, getAs("grid", "/api/v1/organisations/" + organisation).status());
        assertEquals(0, getAs("grid", "/api/v1/organisations").json().path("total").asInt());

        long worker = RestIT.id(postAs("staff", "/api/v1/workers", StaffIT.workerBody(f.community, "网格走访员")));
        assertEquals(403, postAs("grid", "/api/v1/workers", StaffIT.workerBody(f.community, "越权")).status());
        assertEquals(404, getAs("grid", "/api/v1/workers/" + worker).status());
        LocalDate lastWeek = LocalDate.now().minusDays(7);
        long visitA = RestIT.id(postAs("grid", "/api/v1/visits", StaffIT.visitBody(worker, f.dwellingA, lastWeek, 30)));
        Answer outside = postAs("grid", "/api/v1/visits", StaffIT.visitBody(worker, f.dwellingB, lastWeek, 30));
        assertEquals(outside.toString(), "dwellingId", outside.errorField());
        long visitB = RestIT.id(postAs("grid2", "/api/v1/visits", StaffIT.visitBody(worker, f.dwellingB, lastWeek, 30)));
        assertEquals(404, getAs("grid2", "/api/v1/visits/" + visitA).status());
        for (JsonNode visit : getAs("grid", "/api/v1/visits?size=500").json().path("items")) {
            assertEquals(f.dwellingA, visit.path("dwellingId").asLong());
        }
        assertEquals(2, getAs("staff", "/api/v1/visits?workerId=" + worker).json().path("total").asInt());
        assertEquals(200, getAs("integrator", "/api/v1/visits/" + visitB).status());
        assertEquals(403, postAs("auditor", "/api/v1/visits", StaffIT.visitBody(worker, f.dwellingA, lastWeek, 30)).status());
        assertEquals(2, getAs("street", "/api/v1/workers/" + worker + "/visit-weeks?from=" + lastWeek + "&to=" + lastWeek)
                .json().get(0).path("visits").asInt());

        // The grid log: each grid worker records patrols of their own grid, and sees those.
        Map<String, Object> patrol = new LinkedHashMap<>(Map.of("gridId", f.gridA, "workerId", worker,
                "patrolledOn", lastWeek.toString(), "minutes", 90, "issuesFound", 1, "findings", "3号楼楼道堆物"));
        long patrolA = RestIT.id(postAs("grid", "/api/v1/patrols", patrol));
        patrol.put("gridId", f.gridB);
        assertEquals("gridId", postAs("grid", "/api/v1/patrols", patrol).errorField());
        assertEquals(404, getAs("grid2", "/api/v1/patrols/" + patrolA).status());
        patrol.put("gridId", f.dwellingB);
        assertEquals("level", postAs("grid2", "/api/v1/patrols", patrol).errorCode());
        assertEquals(1, getAs("staff", "/api/v1/patrols?gridId=" + f.gridA + "&from=" + lastWeek).json().path("total").asInt());
        // A search finds a patrol by its grid, not by its worker's community, which a grid worker does not see.
        assertEquals(1, getAs("grid", "/api/v1/patrols?gridId=" + f.gridA + "&from=" + lastWeek).json().path("total").asInt());
        assertEquals(0, getAs("grid2", "/api/v1/patrols?gridId=" + f.gridA + "&from=" + lastWeek).json().path("total").asInt());

        // A worker's own patrols and visits need not name them once their record carries their account; one worker per account.
        patrol.remove("workerId");
        patrol.put("gridId", f.gridA);
        assertEquals("workerId", postAs("grid", "/api/v1/patrols", patrol).errorField());
        Map<String, Object> withAccount = StaffIT.workerBody(f.community, "网格走访员");
        withAccount.put("account", "grid");
        assertEquals(200, putAs("staff", "/api/v1/workers/" + worker, withAccount).status());
        assertEquals(worker, postAs("grid", "/api/v1/patrols", patrol).json().path("workerId").asLong());
        Map<String, Object> visit = new LinkedHashMap<>(StaffIT.visitBody(worker, f.dwellingA, lastWeek, 20));
        visit.remove("workerId");
        assertEquals(worker, postAs("grid", "/api/v1/visits", visit).json().path("workerId").asLong());
        assertEquals(1, getAs("staff", "/api/v1/workers?account=grid").json().path("total").asInt());
        Map<String, Object> second = StaffIT.workerBody(f.community, "同账号");
        second.put("account", "grid");
        Answer taken = postAs("staff", "/api/v1/workers", second);
        assertEquals(taken.toString(), 409, taken.status());
        assertEquals("account", taken.errorField());
    }

    @Test
    public void contestsAndTheServiceListAreSeenByAllAndChangedWithinTheJurisdiction() {
        Fixture f = fixture;
        LocalDate today = LocalDate.now();
        // A street's contest: every reader sees the call; community staff neither open nor change one above them.
        Map<String, Object> contest = new LinkedHashMap<>(Map.of("nodeId", f.street, "name", "东华门街道公益微创投大赛",
                "callOpensOn", today.minusDays(30).toString(), "callClosesOn", today.minusDays(10).toString(), "fund", 10000));
        assertEquals("nodeId", postAs("staff", "/api/v1/venture-contests", contest).errorField());
        long contestId = RestIT.id(post("/api/v1/venture-contests", contest));
        assertEquals(200, getAs("staff", "/api/v1/venture-contests/" + contestId).status());
        contest.put("fund", 1);
        assertEquals(404, putAs("staff", "/api/v1/venture-contests/" + contestId, contest).status());
        assertEquals(404, deleteAs("staff", "/api/v1/venture-contests/" + contestId).status());
        assertEquals(10000, getAs("auditor", "/api/v1/venture-contests/" + contestId).json().path("fund").asInt());

        // The community proposes to it; its project is the community's, out of a grid worker's sight.
        long project = RestIT.id(postAs("staff", "/api/v1/venture-projects", Map.of("contestId", contestId, "communityId", f.community,
                "title", "四合院邻里书屋", "field", "culture", "proposerName", "赵大姐", "proposedOn", today.minusDays(20).toString(),
                "status", "PROPOSED")));
        assertEquals(200, getAs("street", "/api/v1/venture-projects/" + project).status());
        assertEquals(404, getAs("grid", "/api/v1/venture-projects/" + project).status());

        // A social organisation of another community lists a service; the community orders it but cannot change it.
        long elsewhere = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(f.street, "COMMUNITY", "S-" + serial(), "别处社区")));
        long provider = OrganisationsIT.organisation("SOCIAL_ORGANISATION", "欣和社工", elsewhere, null, "professional-service");
        Map<String, Object> offer = new LinkedHashMap<>(Map.of("organisationId", provider, "title", "四点半课堂", "category", "课后托管",
                "pricing", "LOW_COST", "price", 20, "offeredFrom", today.minusDays(60).toString()));
        long offerId = RestIT.id(post("/api/v1/service-offers", offer));
        assertEquals(200, getAs("staff", "/api/v1/service-offers/" + offerId).status());
        assertEquals(404, putAs("staff", "/api/v1/service-offers/" + offerId, offer).status());
        assertEquals(404, deleteAs("staff", "/api/v1/service-offers/" + offerId).status());
        long committee = RestIT.id(postAs("staff", "/api/v1/organisations", Map.of("kind", "RESIDENTS_COMMITTEE",
                "name", "点单居委会", "communityId", f.community)));
        long order = RestIT.id(postAs("staff", "/api/v1/service-orders", Map.of("offerId", offerId, "organisationId", committee,
                "orderedOn", today.minusDays(1).toString(), "status", "ORDERED")));
        assertEquals(provider, getAs("staff", "/api/v1/service-orders/" + order).json().path("providerOrganisationId").asLong());
        assertEquals(404, getAs("grid", "/api/v1/service-orders/" + order).status());
        assertEquals(403, postAs("auditor", "/api/v1/service-orders", Map.of("offerId", offerId, "organisationId", committee,
                "orderedOn", today.toString(), "status", "ORDERED")).status());
    }
}
