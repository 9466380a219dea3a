package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.records.RecordGuard;
import org.linli.records.RecordWrite;
import org.linli.residents.Household;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Bulk import and export through the REST door: a subtree, its households and their residents
 * from files, each stored whole or not at all, every wrong row named by its line and column,
 * a repeated upload harmless, progress readable while a file streams in, and the export masked.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ImportIT extends LinliTestSupport {
    private static final String CSV = "text/csv";
    private static final String JSON_LINES = "application/x-ndjson";

    @Inject
    private BundleContext context;

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void aSubtreeItsHouseholdsAndResidentsComeFromFilesAndGoBackMasked() {
        RestIT.Tree tree = new RestIT.Tree();
        String c = "IM" + serial() + "-" + System.nanoTime() % 100000;
        Answer nodes = upload("nodes-" + c, "territory/nodes", CSV, "code,parentCode,level,name,longitude,latitude\n"
                + c + "," + tree.streetCode + ",COMMUNITY,导入社区,,\n"
                + c + "-G1," + c + ",GRID,第1网格,116.41,39.91\n"
                + c + "-B1," + c + "-G1,BUILDING,\"1号楼, 东\",,\n"
                + c + "-101," + c + "-B1,DWELLING,101室,,\n"
                + c + "-102," + c + "-B1,DWELLING,102室,,\n");
        assertEquals(nodes.toString(), 200, nodes.status());
        assertEquals("COMMITTED", nodes.json().path("state").asText());
        assertEquals(5, nodes.json().path("rowsStored").asLong());
        JsonNode community = get("/api/v1/territory/nodes?code=" + c).json().path("items").path(0);
        assertEquals(tree.street, community.path("parentId").asLong());
        JsonNode building = get("/api/v1/territory/nodes?code=" + c + "-B1").json().path("items").path(0);
        assertEquals("1号楼, 东", building.path("name").asText());
        JsonNode dwelling = get("/api/v1/territory/nodes?code=" + c + "-102").json().path("items").path(0);
        assertEquals(building.path("id").asLong(), dwelling.path("parentId").asLong());
        assertTrue(dwelling.path("path").asText(), dwelling.path("path").asText()
                .startsWith(community.path("path").asText()) && dwelling.path("path").asText().endsWith("/" + dwelling.path("id").asLong() + "/"));
        assertEquals(4, get("/api/v1/territory/nodes?withinId=" + community.path("id").asLong() + "&size=50").json().path("total").asLong());

        Answer households = upload("households-" + c, "households", JSON_LINES,
                "{\"number\": \"" + c + "-H1\", \"dwellingCode\": \"" + c + "-101\", \"kind\": \"FAMILY\"}\n"
                        + "{\"number\": \"" + c + "-H2\", \"dwellingCode\": \"" + c + "-102\", \"kind\": \"collective\"}\n");
        assertEquals(households.toString(), 200, households.status());
        assertEquals(2, households.json().path("rowsStored").asLong());

        List<String> ids = idNumbers(3);
        Answer residents = upload("residents-" + c, "residents", CSV, "\uFEFFname,idNumber,householdNumber,relationToHead,dwellingCode,phone\r\n"
                + "张导一," + ids.get(0) + "," + c + "-H1,HEAD,,13800138000\r\n"
                + "李导二," + ids.get(1) + "," + c + "-H1,SPOUSE," + c + "-102,\r\n"
                + "王导三," + ids.get(2).toLowerCase() + ",,," + c + "-102,\r\n");
        assertEquals(residents.toString(), 200, residents.status());
        assertEquals(3, residents.json().path("rowsStored").asLong());
        long household = get("/api/v1/households?number=" + c + "-H1").json().path("items").path(0).path("id").asLong();
        JsonNode members = get("/api/v1/residents?householdId=" + household).json();
        assertEquals(2, members.path("total").asLong());
        JsonNode head = get("/api/v1/residents?idNumber=" + ids.get(0)).json().path("items").path(0);
        assertEquals("张导一", head.path("name").asText());
        assertEquals("HEAD", head.path("relationToHead").asText());
        assertEquals("138****8000", head.path("phone").asText());
        assertEquals("the sex comes from the ID number, as on a single create",
                Integer.parseInt(ids.get(0).substring(16, 17)) % 2 == 1 ? "MALE" : "FEMALE", head.path("sex").asText());
        assertEquals(1, get("/api/v1/residents?idNumber=" + ids.get(2)).json().path("total").asLong());

        // The export is what a read shows: masked, in the columns an import reads.
        Answer export = get("/api/v1/exports/residents");
        assertEquals(export.toString(), 200, export.status());
        assertTrue(export.contentType(), export.contentType().startsWith(CSV));
        assertTrue(export.body(), export.body().startsWith("idNumber,name,phone,householdNumber,relationToHead,dwellingCode\r\n"));
        String masked = ids.get(0).substring(0, 6) + "********" + ids.get(0).substring(14);
        assertTrue(export.body().contains(masked + ",张导一,138****8000," + c + "-H1,HEAD,\r\n"));
        assertFalse("no whole ID number leaves in an export", export.body().contains(ids.get(0)));
        Answer lines = get("/api/v1/exports/households?format=jsonl");
        assertEquals(lines.toString(), 200, lines.status());
        assertTrue(lines.body(), lines.body().contains("{\"number\":\"" + c + "-H2\",\"dwellingCode\":\"" + c + "-102\",\"kind\":\"COLLECTIVE\"}\n"));
        Answer tree2 = get("/api/v1/exports/territory/nodes?format=jsonl");
        assertTrue(tree2.body().contains("{\"code\":\"" + c + "-G1\",\"parentCode\":\"" + c + "\",\"level\":\"GRID\",\"name\":\"第1网格\","
                + "\"longitude\":116.41,\"latitude\":39.91}"));
        // A community's staff exports only what they see.
        String staffExport = getAs("staff", "/api/v1/exports/residents").body();
        assertFalse(staffExport.contains(c));
        Answer audit = get("/api/v1/audit?action=import&size=50");
        assertTrue(audit.body(), audit.body().contains("residents-" + c));
    }

    @Test
    public void theSameFileAgainChangesNothingAndAnotherUnderItsIdIsRefused() {
        RestIT.Tree tree = new RestIT.Tree();
        String dwelling = tree.communityCode + "-B1-101";
        List<String> ids = idNumbers(2);
        String file = "idNumber,name,dwellingCode\n" + ids.get(0) + ",甲," + dwelling + "\n" + ids.get(1) + ",乙," + dwelling + "\n";
        String id = "again-" + serial();
        Answer first = upload(id, "residents", CSV, file);
        assertEquals(first.toString(), 200, first.status());
        Answer again = upload(id, "residents", CSV, file);
        assertEquals(again.toString(), 200, again.status());
        assertEquals("the first import answers again", first.json().path("finishedAt").asText(), again.json().path("finishedAt").asText());
        assertEquals(1, get("/api/v1/residents?idNumber=" + ids.get(0)).json().path("total").asLong());
        assertEquals(2, get("/api/v1/residents?nodeId=" + tree.dwelling).json().path("total").asLong());
        Answer other = upload(id, "residents", CSV, file.replace("乙", "丙"));
        assertEquals(other.toString(), 409, other.status());
        assertEquals("id", other.errorField());
        assertEquals("COMMITTED", get("/api/v1/imports/" + id).json().path("state").asText());
        assertEquals("another user's import is not theirs to read", 404, getAs("street", "/api/v1/imports/" + id).status());
    }

    @Test
    public void aFileWithWrongRowsStoresNothingAndNamesEachLineAndColumn() {
        RestIT.Tree tree = new RestIT.Tree();
        String dwelling = tree.communityCode + "-B1-101";
        List<String> ids = idNumbers(3);
        String id = "wrong-" + serial();
        Answer answer = upload(id, "residents", CSV, "idNumber,name,dwellingCode,relationToHead,householdNumber\n"
                + ids.get(0) + ",对的," + dwelling + ",,\n"
                + withWrongCheck(ids.get(1)) + ",校验位," + dwelling + ",,\n"
                + ids.get(2) + ",第一次," + dwelling + ",,\n"
                + ids.get(2) + ",第二次," + dwelling + ",,\n"
                + idNumbers(1).get(0) + ",没有户,,SPOUSE,NO-SUCH-HOUSEHOLD\n"
                + idNumbers(1).get(0) + ",不是房屋," + tree.communityCode + "-B1,,\n"
                + idNumbers(1).get(0) + ",多一列," + dwelling + ",,,\n"
                + idNumbers(1).get(0) + ",关系," + dwelling + ",SON,NO-SUCH-HOUSEHOLD\n");
        assertEquals(answer.toString(), 400, answer.status());
        List<String> errors = new ArrayList<>();
        answer.json().path("errors").forEach(e -> errors.add(e.path("field").asText() + " " + e.path("code").asText()));
        // First each row's own errors, as the file is read; then those of the rows together.
        assertEquals(List.of("lines[3].idNumber check_digit", "lines[8].row columns", "lines[9].relationToHead enum",
                "lines[5].idNumber repeated", "lines[6].householdNumber not_found", "lines[7].dwellingCode level"), errors);
        assertEquals("nothing of the file is stored", 0, get("/api/v1/residents?idNumber=" + ids.get(0)).json().path("total").asLong());
        JsonNode run = get("/api/v1/imports/" + id).json();
        assertEquals("FAILED", run.path("state").asText());
        assertEquals(6, run.path("errorCount").asLong());
        assertEquals(8, run.path("rowsRead").asLong());

        // The uploader may send the corrected file under the same id.
        Answer corrected = upload(id, "residents", CSV, "idNumber,name,dwellingCode\n" + ids.get(0) + ",对的," + dwelling + "\n");
        assertEquals(corrected.toString(), 200, corrected.status());
        Answer taken = upload("taken-" + serial(), "residents", JSON_LINES,
                "{\"idNumber\": \"" + ids.get(0) + "\", \"name\": \"重复\", \"dwellingCode\": \"" + dwelling + "\"}\n[1]\n");
        assertEquals(taken.toString(), 400, taken.status());
        assertEquals("lines[2].row", taken.errorField());
        assertEquals("lines[1].idNumber", taken.json().path("errors").path(1).path("field").asText());
        assertEquals("duplicate", taken.json().path("errors").path(1).path("code").asText());
    }

    @Test
    public void aFileInAnotherEncodingThanUtf8IsRefusedAndStoresNothing() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String id = idNumbers(1).get(0);
        byte[] head = ("idNumber,name,dwellingCode\n" + id + ",").getBytes(StandardCharsets.UTF_8);
        byte[] name = "王五".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] tail = ("," + tree.communityCode + "-B1-101\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write(head);
        file.write(name);
        file.write(tail);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/v1/imports/gbk-" + serial() + "?kind=residents")).timeout(Duration.ofMinutes(1))
                .header("Content-Type", CSV).header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(answer.body(), 400, answer.statusCode());
        assertEquals("lines[0].file", JSON.readTree(answer.body()).path("errors").path(0).path("field").asText());
        assertEquals("encoding", JSON.readTree(answer.body()).path("errors").path(0).path("code").asText());
        assertEquals(0, get("/api/v1/residents?idNumber=" + id).json().path("total").asLong());
    }

    @Test
    public void eachCallerImportsOnlyWhatTheyMayWriteWithinTheirJurisdiction() {
        RestIT.Tree tree = new RestIT.Tree();
        String row = "idNumber,name,dwellingCode\n" + idNumbers(1).get(0) + ",越界," + tree.communityCode + "-B1-101\n";
        Answer outside = call("PUT", "/api/v1/imports/outside-" + serial() + "?kind=residents", row, CSV, "staff", "staff");
        assertEquals(outside.toString(), 400, outside.status());
        assertEquals("lines[2].dwellingCode", outside.errorField());
        assertEquals("not_found", outside.errorCode());
        assertEquals(403, call("PUT", "/api/v1/imports/audit-" + serial() + "?kind=residents", row, CSV, "auditor", "auditor").status());
        assertEquals(403, getAs("auditor", "/api/v1/exports/residents").status());
        assertEquals("a city is the whole territory's", "lines[2].parentCode",
                call("PUT", "/api/v1/imports/city-" + serial() + "?kind=territory/nodes", "code,level,name\nX" + serial() + ",CITY,新市\n",
                        CSV, "staff", "staff").errorField());
        assertEquals("kind", upload("kind-" + serial(), "no-such-kind", CSV, row).errorField());
        assertEquals(404, get("/api/v1/exports/no-such-kind").status());
        assertEquals(415, call("PUT", "/api/v1/imports/type-" + serial() + "?kind=residents", row, "application/json", "demo", "demo").status());
        assertEquals(400, upload("bad%20id", "residents", CSV, row).status());
        assertEquals(401, call("PUT", "/api/v1/imports/anon?kind=residents", row, CSV, null, null).status());
    }

    @Test
    public void aGuardReviewsEachImportedRowAsItReviewsASingleCreate() {
        RestIT.Tree tree = new RestIT.Tree();
        RecordGuard guard = new RecordGuard() {
            @Override
            public void review(RecordWrite<?> write) {
                if (write.record() instanceof Household household && household.getNumber().startsWith("TBD")
                        && Long.valueOf(tree.dwelling).equals(write.nodeId())) {
                    write.refuse("number", "placeholder", "a household is not numbered TBD");
                }
            }
        };
        ServiceRegistration<RecordGuard> registration = context.registerService(RecordGuard.class, guard, null);
        try {
            Answer answer = upload("guarded-" + serial(), "households", CSV, "number,dwellingCode,kind\n"
                    + "OK-" + serial() + "," + tree.communityCode + "-B1-101,FAMILY\n"
                    + "TBD-" + serial() + "," + tree.communityCode + "-B1-101,FAMILY\n");
            assertEquals(answer.toString(), 400, answer.status());
            assertEquals("lines[3].number", answer.errorField());
            assertEquals("placeholder", answer.errorCode());
        } finally {
            registration.unregister();
        }
    }

    /** A file of 20,000 rows, past the 1 MiB other bodies may have, streamed in two parts with a look at its progress between. */
    @Test
    public void progressIsReadableWhileTheFileStreamsIn() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String dwelling = tree.communityCode + "-B1-101";
        String id = "stream-" + serial();
        PipedOutputStream out = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(out, 1 << 16);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports/" + id + "?kind=residents"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", CSV)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> in)).build();
        CompletableFuture<HttpResponse<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> ids = idNumbers(20_000);
        write(out, "idNumber,name,phone,dwellingCode\n");
        for (int i = 0; i < 10_000; i++) {
            write(out, ids.get(i) + ",流式导入第" + i + "号,1380013" + String.format("%04d", i) + "," + dwelling + "\n");
        }
        out.flush();
        JsonNode running = null;
        for (int i = 0; i < 200 && (running == null || running.path("rowsRead").asLong() < 9_000); i++) {
            Answer progress = get("/api/v1/imports/" + id);
            running = progress.status() == 200 ? progress.json() : null;
            Thread.sleep(50);
        }
        assertTrue(String.valueOf(running), running != null && running.path("rowsRead").asLong() >= 9_000);
        assertEquals("RUNNING", running.path("state").asText());
        assertEquals("reading", running.path("phase").asText());
        Answer twice = call("PUT", "/api/v1/imports/" + id + "?kind=residents", "idNumber,name\n", CSV, "demo", "demo");
        assertEquals(twice.toString(), 409, twice.status());
        assertEquals("running", twice.errorCode());
        for (int i = 10_000; i < 20_000; i++) {
            write(out, ids.get(i) + ",流式导入第" + i + "号,," + dwelling + "\n");
        }
        out.close();
        HttpResponse<String> done = response.get(5, TimeUnit.MINUTES);
        assertEquals(done.body(), 200, done.statusCode());
        JsonNode run = JSON.readTree(done.body());
        assertEquals(20_000, run.path("rowsStored").asLong());
        assertEquals(20_000, get("/api/v1/residents?nodeId=" + tree.dwelling + "&size=1").json().path("total").asLong());
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer upload(String id, String kind, String type, String file) {
        return call("PUT", "/api/v1/imports/" + id + "?kind=" + kind, file, type, "demo", "demo");
    }

    /** Valid ID numbers of Shenzhen (440305), found in no other suite, unique within this container. */
    private static List<String> idNumbers(int count) {
        List<String> ids = new ArrayList<>();
        int start;
        synchronized (ImportIT.class) {
            start = next;
            next += count;
        }
        for (int n = start; n < start + count; n++) {
            String birth = LocalDate.of(1950, 1, 1).plusDays(n / 999).toString().replace("-", "");
            ids.add(idNumber("440305" + birth + String.format("%03d", n % 999 + 1)));
        }
        return ids;
    }

    private static int next;
}
