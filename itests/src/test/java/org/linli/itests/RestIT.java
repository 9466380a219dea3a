package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The REST door, driven over HTTP against the booted distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestIT extends LinliTestSupport {

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    /** JSON is gzipped for a client that accepts it, and the same once unpacked; never an answer that carries a secret. */
    @Test
    public void jsonIsGzippedForAClientThatAcceptsItButNotBesideASecret() throws Exception {
        String path = "/api/v1/kinds";
        java.net.http.HttpResponse<byte[]> plain = raw("GET", path, null);
        java.net.http.HttpResponse<byte[]> zipped = raw("GET", path, "deflate, gzip;q=0.8");
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.headers().allValues("Vary").toString(), String.join(",", zipped.headers().allValues("Vary")).contains("Accept-Encoding"));
        byte[] unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes();
        assertEquals(JSON.readTree(plain.body()), JSON.readTree(unpacked));
        assertTrue(zipped.body().length + " of " + plain.body().length, zipped.body().length * 4 < plain.body().length);
        assertFalse(raw("GET", path, "gzip;q=0").headers().firstValue("Content-Encoding").isPresent());
        // The session's answer carries its anti-forgery token: its length must tell nothing (BREACH).
        java.net.http.HttpResponse<byte[]> session = raw("POST", "/api/v1/session", "gzip");
        assertEquals(201, session.statusCode());
        assertFalse(session.headers().firstValue("Content-Encoding").isPresent());

        java.net.http.HttpResponse<byte[]> page = raw("GET", "/api/v1/territory/nodes?size=200", null);
        java.net.http.HttpResponse<byte[]> pageZipped = raw("GET", "/api/v1/territory/nodes?size=200", "gzip");
        Files.createDirectories(Path.of(System.getProperty("linli.it.benchmarks")));
        Files.writeString(Path.of(System.getProperty("linli.it.benchmarks"), "compression-" + System.getProperty("linli.it.db") + ".txt"),
                String.format("GET /api/v1/kinds: %,d bytes, gzipped %,d (%.1f ×)%nGET /api/v1/territory/nodes?size=200: %,d bytes, gzipped %,d (%.1f ×)%n",
                        plain.body().length, zipped.body().length, (double) plain.body().length / zipped.body().length,
                        page.body().length, pageZipped.body().length, (double) page.body().length / pageZipped.body().length));
    }

    /** An answer's bytes as sent, as the administrator, with {@code acceptEncoding} when given. */
    private static java.net.http.HttpResponse<byte[]> raw(String method, String path, String acceptEncoding) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("demo:demo".getBytes()));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void everyDoorAnswers401WithoutValidCredentials() {
        List<String[]> calls = List.of(
                new String[] {"GET", "/api/v1/health"},
                new String[] {"GET", "/api/v1/openapi.json"},
                new String[] {"GET", "/api/v1/territory/nodes"},
                new String[] {"GET", "/api/v1/residents"},
                new String[] {"POST", "/api/v1/residents"},
                new String[] {"DELETE", "/api/v1/households/1"},
                new String[] {"GET", "/api/v1/no-such-thing"},
                new String[] {"GET", "/soap/residents?wsdl"},
                new String[] {"GET", "/soap/territory?wsdl"},
                new String[] {"POST", "/soap/residents"});
        for (String[] c : calls) {
            Answer anonymous = call(c[0], c[1], c[0].equals("POST") ? "{}" : null, null, null);
            assertEquals(c[0] + " " + c[1] + " without credentials", 401, anonymous.status());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            // Not demo: five wrong passwords lock the account, which is lifted below.
            Answer wrong = call(c[0], c[1], c[0].equals("POST") ? "{}" : null, "street", "not-the-password");
            assertEquals(c[0] + " " + c[1] + " with a wrong password", 401, wrong.status());
        }
        // The suites that share this container sign in as street too.
        assertEquals(204, delete("/api/v1/sign-in-locks/user/street").status());
        assertEquals(200, getAs("street", "/api/v1/territory/nodes?size=1").status());
    }

    @Test
    public void httpsServesTheSameDoorsWithTheSameAuthentication() throws Exception {
        java.net.http.HttpClient https = httpsClient();
        java.net.URI health = java.net.URI.create("https://localhost:" + System.getProperty("linli.it.https.port") + "/api/v1/health");
        java.net.http.HttpResponse<String> anonymous = https.send(java.net.http.HttpRequest.newBuilder(health).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        java.net.http.HttpResponse<String> demo = https.send(java.net.http.HttpRequest.newBuilder(health)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("demo:demo".getBytes()))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, demo.statusCode());
        assertEquals("UP", JSON.readTree(demo.body()).path("status").asText());
    }

    @Test
    public void healthReportsTheDatabaseAndBundles() throws Exception {
        JsonNode health = awaitUp();
        assertEquals("UP", health.path("status").asText());
        assertTrue(health.path("database").path("up").asBoolean());
        assertEquals(onPostgres() ? "PostgreSQL" : "H2", health.path("database").path("product").asText());
        assertEquals(latestMigration(), health.path("database").path("schemaVersion").asText());
        assertTrue(health.path("bundles").path("linli").asInt() >= 7);
        assertEquals(0, health.path("bundles").path("notActive").size());
    }

    /** The version of the newest migration in the repository. */
    private static String latestMigration() throws IOException {
        try (Stream<Path> files = Files.walk(repository("core-bundles/database/src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        }
    }

    @Test
    public void openApiDocumentDescribesTheResources() {
        Answer doc = get("/api/v1/openapi.json");
        assertEquals(200, doc.status());
        JsonNode paths = doc.json().path("paths");
        for (String path : List.of("/residents", "/residents/{id}", "/households", "/territory/nodes/{id}", "/health")) {
            assertTrue(path + " documented", paths.has(path));
        }
    }

    @Test
    public void territoryTreeKeepsLevelsAndMovesWholeSubtrees() {
        Tree tree = new Tree();
        // A grid cannot hang under a street.
        Answer misplaced = post("/api/v1/territory/nodes", node(tree.street, "GRID", "G-bad-" + serial(), "错层网格"));
        assertEquals(misplaced.toString(), 400, misplaced.status());
        assertEquals("parentId", misplaced.errorField());
        assertEquals("level", misplaced.errorCode());
        // Only districts name policy plugins.
        Map<String, Object> street = node(tree.district, "STREET", "S-plug-" + serial(), "插件街道");
        street.put("policyPlugins", List.of("beijing"));
        Answer plugins = post("/api/v1/territory/nodes", street);
        assertEquals(400, plugins.status());
        assertEquals("policyPlugins", plugins.errorField());
        // Codes are unique.
        Answer duplicate = post("/api/v1/territory/nodes", node(tree.district, "STREET", tree.streetCode, "重复街道"));
        assertEquals(409, duplicate.status());
        assertEquals("code", duplicate.errorField());
        // An unknown parent is named.
        Answer orphan = post("/api/v1/territory/nodes", node(999_999_999L, "STREET", "S-orphan-" + serial(), "孤儿街道"));
        assertEquals(400, orphan.status());
        assertEquals("parentId", orphan.errorField());

        // Move the community, with its grid, building and dwelling, to a second street.
        long street2 = id(post("/api/v1/territory/nodes", node(tree.district, "STREET", "S2-" + serial(), "第二街道")));
        Map<String, Object> community = node(street2, "COMMUNITY", tree.communityCode, "改名社区");
        Answer moved = put("/api/v1/territory/nodes/" + tree.community, community);
        assertEquals(moved.toString(), 200, moved.status());
        assertEquals("改名社区", moved.json().path("name").asText());
        String street2Path = get("/api/v1/territory/nodes/" + street2).json().path("path").asText();
        assertEquals(street2Path + tree.community + "/", moved.json().path("path").asText());
        String dwellingPath = get("/api/v1/territory/nodes/" + tree.dwelling).json().path("path").asText();
        assertTrue(dwellingPath, dwellingPath.startsWith(street2Path + tree.community + "/"));
        JsonNode underStreet2 = get("/api/v1/territory/nodes?withinId=" + street2 + "&level=DWELLING").json();
        assertEquals(1, underStreet2.path("total").asLong());
        assertEquals(tree.dwelling, underStreet2.path("items").path(0).path("id").asLong());
        assertEquals(0, get("/api/v1/territory/nodes?withinId=" + tree.street + "&level=DWELLING").json().path("total").asLong());

        // A node with children is not deleted; a leaf is.
        Answer notEmpty = delete("/api/v1/territory/nodes/" + street2);
        assertEquals(409, notEmpty.status());
        assertEquals("has_children", notEmpty.errorCode());
        assertEquals(204, delete("/api/v1/territory/nodes/" + tree.street).status());
        assertEquals(404, get("/api/v1/territory/nodes/" + tree.street).status());
    }

    @Test
    public void wrongCheckDigitIsRefusedAndNothingIsStored() {
        Tree tree = new Tree();
        String good = freshIdNumber();
        String bad = withWrongCheck(good);
        Answer refused = post("/api/v1/residents", resident(bad, "张三", tree.dwelling));
        assertEquals(refused.toString(), 400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("idNumber", refused.errorField());
        assertEquals("check_digit", refused.errorCode());
        assertEquals(0, get("/api/v1/residents?idNumber=" + bad).json().path("total").asLong());
        assertEquals(0, get("/api/v1/residents?idNumber=" + good).json().path("total").asLong());
    }

    @Test
    public void residentIsStoredFoundUpdatedAndUnique() {
        Tree tree = new Tree();
        String idNumber = freshIdNumber();
        Answer created = post("/api/v1/residents", resident(idNumber, "李四", tree.dwelling));
        assertEquals(created.toString(), 201, created.status());
        JsonNode resident = created.json();
        long id = resident.path("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/residents/" + id));
        assertEquals("MALE", resident.path("sex").asText());
        LocalDate born = LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
        assertEquals(Period.between(born, LocalDate.now()).getYears(), resident.path("age").asInt());
        assertTrue("the birth date is the masked part of the ID number", resident.path("birthDate").isMissingNode());
        assertEquals("LIVING_REGISTERED_ELSEWHERE", resident.path("residence").asText());

        assertEquals("李四", get("/api/v1/residents/" + id).json().path("name").asText());
        JsonNode byNode = get("/api/v1/residents?nodeId=" + tree.district + "&name=李").json();
        assertEquals(1, byNode.path("total").asLong());
        assertEquals(id, byNode.path("items").path(0).path("id").asLong());
        assertEquals(0, get("/api/v1/residents?nodeId=" + tree.district + "&name=王").json().path("total").asLong());

        assertEquals(idNumber.substring(0, 6) + "********" + idNumber.substring(14), resident.path("idNumber").asText());
        Map<String, Object> changed = resident(idNumber, "李四", tree.dwelling);
        changed.put("phone", "13800138000");
        Answer updated = put("/api/v1/residents/" + id, changed);
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("138****8000", get("/api/v1/residents/" + id).json().path("phone").asText());
        // What was read masked goes back unchanged and keeps the stored values.
        JsonNode masked = get("/api/v1/residents/" + id).json();
        Map<String, Object> renamed = resident(masked.path("idNumber").asText(), "李四新", tree.dwelling);
        renamed.put("phone", masked.path("phone").asText());
        assertEquals(200, put("/api/v1/residents/" + id, renamed).status());
        JsonNode revealed = post("/api/v1/residents/" + id + "/reveal", Map.of("reason", "核对户籍")).json();
        assertEquals(idNumber, revealed.path("idNumber").asText());
        assertEquals("13800138000", revealed.path("phone").asText());
        assertEquals("李四新", revealed.path("name").asText());

        Answer twice = post("/api/v1/residents", resident(idNumber, "李四重复", tree.dwelling));
        assertEquals(409, twice.status());
        assertEquals("idNumber", twice.errorField());
        assertEquals(1, get("/api/v1/residents?idNumber=" + idNumber).json().path("total").asLong());

        assertEquals(204, delete("/api/v1/residents/" + id).status());
        assertEquals(404, get("/api/v1/residents/" + id).status());
    }

    @Test
    public void malformedOverlongAndUnknownInputIsNamed() {
        Tree tree = new Tree();
        Answer malformed = post("/api/v1/residents", "{\"idNumber\": ");
        assertEquals(400, malformed.status());
        assertEquals("body", malformed.errorField());

        Answer unknownField = post("/api/v1/residents", "{\"idNumber\":\"" + freshIdNumber() + "\",\"nmae\":\"王五\"}");
        assertEquals(400, unknownField.status());
        assertEquals("nmae", unknownField.errorField());

        Answer wrongType = post("/api/v1/residents", "{\"idNumber\":\"" + freshIdNumber() + "\",\"name\":\"王五\",\"dwellingId\":\"abc\"}");
        assertEquals(400, wrongType.status());
        assertEquals("dwellingId", wrongType.errorField());

        Answer tooLong = post("/api/v1/residents", resident(freshIdNumber(), "王".repeat(51), tree.dwelling));
        assertEquals(400, tooLong.status());
        assertEquals("name", tooLong.errorField());
        assertEquals("too_long", tooLong.errorCode());

        Answer missing = post("/api/v1/residents", resident(freshIdNumber(), null, tree.dwelling));
        assertEquals(400, missing.status());
        assertEquals("name", missing.errorField());
        assertEquals("required", missing.errorCode());

        Answer unknownDwelling = post("/api/v1/residents", resident(freshIdNumber(), "王五", 987_654_321L));
        assertEquals(400, unknownDwelling.status());
        assertEquals("dwellingId", unknownDwelling.errorField());
        assertEquals("not_found", unknownDwelling.errorCode());

        Answer notADwelling = post("/api/v1/residents", resident(freshIdNumber(), "王五", tree.building));
        assertEquals(400, notADwelling.status());
        assertEquals("dwellingId", notADwelling.errorField());

        assertEquals("page", get("/api/v1/residents?page=abc").errorField());
        assertEquals("size", get("/api/v1/residents?size=100000").errorField());
        assertEquals(404, get("/api/v1/residents/999999999").status());
        assertEquals(0, get("/api/v1/residents?nodeId=" + tree.district).json().path("total").asLong());
    }

    @Test
    public void householdIsRegisteredWholeOrNotAtAll() {
        Tree tree = new Tree();
        String head = freshIdNumber();
        String spouse = freshIdNumber();
        String number = "H" + serial() + "-" + System.nanoTime() % 100000;
        Map<String, Object> household = household(number, tree.dwelling, List.of(
                member(head, "赵大", "HEAD", tree.dwelling), member(spouse, "钱二", "SPOUSE", tree.dwelling),
                member(withWrongCheck(freshIdNumber()), "孙小", "CHILD", tree.dwelling)));
        Answer refused = post("/api/v1/households", household);
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("members[2].idNumber", refused.errorField());
        assertEquals(0, get("/api/v1/households?number=" + number).json().path("total").asLong());
        assertEquals(0, get("/api/v1/residents?idNumber=" + head).json().path("total").asLong());

        // A duplicate ID number found only in the database also rolls back the household and earlier members.
        String taken = freshIdNumber();
        assertEquals(201, post("/api/v1/residents", resident(taken, "周已在", tree.dwelling)).status());
        Answer clash = post("/api/v1/households", household(number, tree.dwelling, List.of(
                member(head, "赵大", "HEAD", tree.dwelling), member(taken, "周已在", "CHILD", tree.dwelling))));
        assertEquals(clash.toString(), 409, clash.status());
        assertEquals("members[1].idNumber", clash.errorField());
        assertEquals(0, get("/api/v1/households?number=" + number).json().path("total").asLong());
        assertEquals(0, get("/api/v1/residents?idNumber=" + head).json().path("total").asLong());

        String child = freshIdNumber();
        Answer created = post("/api/v1/households", household(number, tree.dwelling, List.of(
                member(head, "赵大", "HEAD", tree.dwelling), member(spouse, "钱二", "SPOUSE", tree.dwelling), member(child, "赵小", "CHILD", tree.dwelling))));
        assertEquals(created.toString(), 201, created.status());
        JsonNode stored = created.json();
        long householdId = stored.path("id").asLong();
        assertEquals(3, stored.path("memberCount").asInt());
        assertEquals(3, stored.path("members").size());
        long headId = stored.path("members").path(0).path("id").asLong();
        assertEquals(headId, stored.path("headResidentId").asLong());
        assertEquals("REGISTERED_AND_LIVING", stored.path("members").path(0).path("residence").asText());
        assertEquals(3, get("/api/v1/residents?householdId=" + householdId).json().path("total").asLong());
        assertEquals(1, get("/api/v1/households?nodeId=" + tree.community).json().path("total").asLong());

        // A second head is refused.
        Map<String, Object> second = member(freshIdNumber(), "赵二", "HEAD", tree.dwelling);
        second.put("householdId", householdId);
        Answer secondHead = post("/api/v1/residents", second);
        assertEquals(409, secondHead.status());
        assertEquals("relationToHead", secondHead.errorField());

        // A household with members is not deleted.
        assertEquals(409, delete("/api/v1/households/" + householdId).status());
        assertEquals(3, get("/api/v1/households/" + householdId).json().path("memberCount").asInt());
    }

    // ---- fixtures ----

    /** A fresh branch of the tree: city, district, street, community, grid, building, dwelling. */
    static final class Tree {
        final long city;
        final long district;
        final long street;
        final long community;
        final long grid;
        final long building;
        final long dwelling;
        final String streetCode;
        final String communityCode;

        Tree() {
            int n = serial();
            city = id(post("/api/v1/territory/nodes", node(null, "CITY", "C" + n + "-" + System.nanoTime() % 1000000, "测试市")));
            Map<String, Object> d = node(city, "DISTRICT", "D" + n + "-" + System.nanoTime() % 1000000, "测试区");
            d.put("policyPlugins", List.of("beijing"));
            district = id(post("/api/v1/territory/nodes", d));
            streetCode = "S" + n + "-" + System.nanoTime() % 1000000;
            street = id(post("/api/v1/territory/nodes", node(district, "STREET", streetCode, "测试街道")));
            communityCode = "M" + n + "-" + System.nanoTime() % 1000000;
            community = id(post("/api/v1/territory/nodes", node(street, "COMMUNITY", communityCode, "测试社区")));
            grid = id(post("/api/v1/territory/nodes", node(community, "GRID", communityCode + "-G1", "第1网格")));
            building = id(post("/api/v1/territory/nodes", node(grid, "BUILDING", communityCode + "-B1", "1号楼")));
            dwelling = id(post("/api/v1/territory/nodes", node(building, "DWELLING", communityCode + "-B1-101", "101室")));
        }
    }

    static long id(Answer answer) {
        assertEquals(answer.toString(), 201, answer.status());
        JsonNode id = answer.json().path("id");
        assertFalse(id.isMissingNode());
        return id.asLong();
    }

    static Map<String, Object> node(Long parentId, String level, String code, String name) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("parentId", parentId);
        node.put("level", level);
        node.put("code", code);
        node.put("name", name);
        return node;
    }

    static Map<String, Object> resident(String idNumber, String name, Long dwellingId) {
        Map<String, Object> resident = new LinkedHashMap<>();
        resident.put("idNumber", idNumber);
        resident.put("name", name);
        resident.put("dwellingId", dwellingId);
        return resident;
    }

    static Map<String, Object> member(String idNumber, String name, String relation, long dwellingId) {
        Map<String, Object> member = resident(idNumber, name, dwellingId);
        member.put("relationToHead", relation);
        return member;
    }

    static Map<String, Object> household(String number, long dwellingId, List<Map<String, Object>> members) {
        Map<String, Object> household = new LinkedHashMap<>();
        household.put("number", number);
        household.put("dwellingId", dwellingId);
        household.put("kind", "FAMILY");
        household.put("members", members);
        return household;
    }
}
