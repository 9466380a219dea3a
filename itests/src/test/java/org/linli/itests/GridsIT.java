package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.linli.grids.GridPlan;
import org.linli.grids.GridPlanner;
import org.linli.grids.GridReport;
import org.linli.grids.PlanAction;
import org.linli.grids.PlannedGrid;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.w3c.dom.Node;

/**
 * The grid validator and planner in the running platform: a community checked, planned and applied
 * through REST and SOAP with its grid worker moved, refusals that change nothing, and a street of
 * 50,000 generated households planned within bounds (a benchmark: figures are written to
 * {@code itests/target/benchmarks/}, none can fail it).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GridsIT extends LinliTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    @Inject
    private GridPlanner planner;

    @Inject
    private SessionFactory shells;

    @Test
    public void aCommunityIsCheckedPlannedAndApplied() throws Exception {
        awaitUp();
        RestIT.Tree tree = new RestIT.Tree();
        String code = "GP" + serial() + "-" + System.nanoTime() % 1000000;
        long community = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.street, "COMMUNITY", code, "网格调整社区")));
        JsonNode communityNode = get("/api/v1/territory/nodes/" + community).json();
        Map<String, Long> grids = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Estate estate = new Estate(c);
            // G1 1,200 households (above), G2 60 (below), G3 270 (within); buildings coded in walking order.
            long g1 = estate.grid(community, communityNode.path("path").asText(), code + "-G1", "第1网格");
            for (int b = 1; b <= 24; b++) {
                estate.building(g1, code + "-B" + b, null, null, 50);
            }
            long g2 = estate.grid(community, communityNode.path("path").asText(), code + "-G2", "第2网格");
            estate.building(g2, code + "-B25", null, null, 60);
            long g3 = estate.grid(community, communityNode.path("path").asText(), code + "-G3", "第3网格");
            for (int b = 26; b <= 28; b++) {
                estate.building(g3, code + "-B" + b, null, null, 90);
            }
            estate.commit();
            grids.put("G1", g1);
            grids.put("G2", g2);
            grids.put("G3", g3);
        }
        long worker = StaffIT.worker(community, "网格员甲");
        long assignment = RestIT.id(post("/api/v1/grid-assignments", Map.of("workerId", worker, "nodeId", grids.get("G2"),
                "role", "GRID_WORKER", "startsOn", LocalDate.now().minusMonths(6).toString())));

        // The validator: loads against the default bounds (250–300).
        JsonNode report = get("/api/v1/grids/reports?nodeId=" + community).json().get(0);
        assertFalse(report.path("withinBounds").asBoolean());
        assertEquals(1530, report.path("households").asLong());
        assertEquals(1530, report.path("householdsInGrids").asLong());
        assertEquals(0, report.path("householdsOutsideGrids").asLong());
        assertEquals(List.of("ABOVE", "BELOW", "WITHIN"), texts(report.path("grids"), "bound"));
        assertEquals(List.of(1200L, 60L, 270L), longs(report.path("grids"), "households"));
        JsonNode narrow = get("/api/v1/grids/reports?nodeId=" + community + "&minHouseholds=50&maxHouseholds=1200").json().get(0);
        assertEquals(List.of("WITHIN", "WITHIN", "WITHIN"), texts(narrow.path("grids"), "bound"));

        // Bad input and roles change nothing.
        assertEquals("nodeId", post("/api/v1/grids/plans", Map.of()).errorField());
        assertEquals("maxHouseholds", post("/api/v1/grids/plans", Map.of("nodeId", community, "minHouseholds", 300, "maxHouseholds", 250)).errorField());
        assertEquals("nodeId", post("/api/v1/grids/plans", Map.of("nodeId", grids.get("G1"))).errorField());
        assertEquals(404, post("/api/v1/grids/plans", Map.of("nodeId", 987654321L)).status());
        assertEquals("nodeId", get("/api/v1/grids/reports").errorField());
        assertEquals("minHouseholds", get("/api/v1/grids/reports?nodeId=" + community + "&minHouseholds=many").errorField());
        assertEquals(403, postAs("grid", "/api/v1/grids/plans", Map.of("nodeId", community)).status());
        assertEquals(403, postAs("auditor", "/api/v1/grids/plans", Map.of("nodeId", community)).status());
        assertEquals(404, getAs("staff", "/api/v1/grids/reports?nodeId=" + community).status()); // outside staff's community
        assertEquals(0, get("/api/v1/grids/plans?communityId=" + community).json().size());

        // A plan: every grid within bounds, buildings whole, households kept; nothing changes yet.
        JsonNode plan = post("/api/v1/grids/plans", Map.of("nodeId", community)).json().get(0);
        long planId = plan.path("id").asLong();
        assertEquals("PROPOSED", plan.path("status").asText());
        assertTrue(plan.path("withinBounds").asBoolean());
        Set<Long> placed = new HashSet<>();
        long households = 0;
        List<String> created = new ArrayList<>();
        for (JsonNode part : plan.path("grids")) {
            if (part.path("action").asText().equals("CLOSE")) {
                assertEquals(0, part.path("buildingIds").size());
                continue;
            }
            long h = part.path("households").asLong();
            assertTrue(part.toString(), h >= 250 && h <= 300);
            households += h;
            for (JsonNode building : part.path("buildingIds")) {
                assertTrue("each building in one grid", placed.add(building.asLong()));
            }
            if (part.path("action").asText().equals("CREATE")) {
                created.add(part.path("code").asText());
            }
        }
        assertEquals(28, placed.size());
        assertEquals(1530, households);
        assertTrue("G1 is split into several new grids: " + plan, created.size() >= 2);
        JsonNode small = part(plan, grids.get("G2"));
        assertEquals("the small grid takes buildings of the large one and keeps its worker", "CHANGE", small.path("action").asText());
        assertEquals(worker, small.path("workerId").asLong());
        assertEquals("CHANGE", part(plan, grids.get("G1")).path("action").asText());
        assertEquals(created.size(), count(plan, p -> p.path("action").asText().equals("CREATE") && !p.hasNonNull("workerId")));
        assertEquals(report, get("/api/v1/grids/reports?nodeId=" + community).json().get(0));

        // Applying fails whole when a later step fails: the second new grid's code is taken elsewhere.
        long blocker = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.community, "GRID", created.get(1), "占用编码")));
        Answer refused = post("/api/v1/grids/plans/" + planId + "/application", Map.of());
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals(0, get("/api/v1/territory/nodes?code=" + created.get(0)).json().path("total").asLong());
        assertEquals(report, get("/api/v1/grids/reports?nodeId=" + community).json().get(0));
        assertEquals("PROPOSED", get("/api/v1/grids/plans/" + planId).json().path("status").asText());
        assertFalse(get("/api/v1/grid-assignments/" + assignment).json().hasNonNull("endsOn"));
        assertEquals(204, delete("/api/v1/territory/nodes/" + blocker).status());

        // Applied: new grids made, buildings moved whole, the small grid's worker still on it.
        JsonNode applied = post("/api/v1/grids/plans/" + planId + "/application", Map.of()).json();
        assertEquals(applied.toString(), "APPLIED", applied.path("status").asText());
        assertEquals("demo", applied.path("appliedBy").asText());
        JsonNode after = get("/api/v1/grids/reports?nodeId=" + community).json().get(0);
        assertTrue(after.toString(), after.path("withinBounds").asBoolean());
        assertEquals(1530, after.path("householdsInGrids").asLong());
        assertEquals(plan.path("grids").size(), after.path("grids").size());
        for (JsonNode part : applied.path("grids")) {
            assertTrue(part.toString(), part.hasNonNull("gridId"));
            for (JsonNode building : part.path("buildingIds")) {
                assertEquals(part.path("gridId").asLong(), get("/api/v1/territory/nodes/" + building.asLong()).json().path("parentId").asLong());
            }
        }
        assertEquals(created.get(0), get("/api/v1/territory/nodes?code=" + created.get(0)).json().path("items").get(0).path("code").asText());
        assertFalse(get("/api/v1/grid-assignments/" + assignment).json().hasNonNull("endsOn"));
        assertEquals(409, post("/api/v1/grids/plans/" + planId + "/application", Map.of()).status());

        // Merging under wider bounds closes grids; the closed grid's worker is released on the day.
        JsonNode merge = post("/api/v1/grids/plans", Map.of("nodeId", community, "minHouseholds", 500, "maxHouseholds", 700)).json().get(0);
        assertTrue(merge.toString(), merge.path("withinBounds").asBoolean());
        JsonNode closing = null;
        for (JsonNode part : merge.path("grids")) {
            if (part.path("action").asText().equals("CLOSE")) {
                closing = part;
            }
        }
        assertTrue(merge.toString(), closing != null);
        long closingGrid = closing.path("gridId").asLong();
        long second = StaffIT.worker(community, "网格员乙");
        long released = RestIT.id(post("/api/v1/grid-assignments", Map.of("workerId", second, "nodeId", closingGrid,
                "role", "GRID_WORKER", "startsOn", LocalDate.now().minusMonths(1).toString())));
        assertEquals("APPLIED", post("/api/v1/grids/plans/" + merge.path("id").asLong() + "/application", Map.of()).json().path("status").asText());
        assertEquals(LocalDate.now().toString(), get("/api/v1/territory/nodes/" + closingGrid).json().path("closedOn").asText());
        assertEquals(LocalDate.now().toString(), get("/api/v1/grid-assignments/" + released).json().path("endsOn").asText());
        assertEquals("a closed grid takes no children", "parentId", post("/api/v1/territory/nodes",
                RestIT.node(closingGrid, "BUILDING", code + "-B99", "99号楼")).errorField());
        JsonNode merged = get("/api/v1/grids/reports?nodeId=" + community + "&minHouseholds=500&maxHouseholds=700").json().get(0);
        assertTrue(merged.toString(), merged.path("withinBounds").asBoolean());
        assertFalse("a closed grid is not reported", longs(merged.path("grids"), "gridId").contains(closingGrid));
        assertEquals(2, get("/api/v1/grids/plans?communityId=" + community).json().size());

        // A plan drawn before a change is refused: propose, move a building, apply.
        JsonNode drawn = post("/api/v1/grids/plans", Map.of("nodeId", community)).json().get(0);
        long someBuilding = merged.path("grids").get(0).path("gridId").asLong();
        someBuilding = get("/api/v1/territory/nodes?parentId=" + someBuilding).json().path("items").get(0).path("id").asLong();
        Map<String, Object> building = JSON.convertValue(get("/api/v1/territory/nodes/" + someBuilding).json(), LinkedHashMap.class);
        building.put("parentId", merged.path("grids").get(1).path("gridId").asLong());
        assertEquals(200, put("/api/v1/territory/nodes/" + someBuilding, building).status());
        Answer stale = post("/api/v1/grids/plans/" + drawn.path("id").asLong() + "/application", Map.of());
        assertEquals(409, stale.status());
        assertEquals("changed", stale.errorCode());
        JsonNode third = post("/api/v1/grids/plans", Map.of("nodeId", community)).json().get(0);
        assertEquals("STALE", get("/api/v1/grids/plans/" + drawn.path("id").asLong()).json().path("status").asText());
        assertEquals(4, get("/api/v1/grids/plans?communityId=" + community).json().size());
        assertEquals(third.path("id").asLong(), get("/api/v1/grids/plans?communityId=" + community).json().get(0).path("id").asLong());

        // The Karaf console: the report, a plan proposed, then applied by its id.
        // As bin/karaf's console user, whose Karaf roles include linli-admin (karaf.local.roles).
        String shown = shellAs(shells, "linli:grid-report " + community, "linli-admin");
        assertTrue(shown, shown.contains(code) && shown.contains("1530 households"));
        String proposed = shellAs(shells, "linli:grid-plan --min 700 --max 900 " + community, "linli-admin");
        assertTrue(proposed, proposed.contains("PROPOSED") && proposed.contains("every grid within 700–900"));
        long shellPlan = Long.parseLong(proposed.replaceAll("(?s)^Plan (\\d+) .*", "$1"));
        assertTrue(shellAs(shells, "linli:grid-plan --apply " + shellPlan, "linli-admin").contains("APPLIED"));
        assertTrue(get("/api/v1/grids/plans/" + shellPlan).json().path("appliedBy").asText().startsWith("shell:"));
        assertTrue(get("/api/v1/grids/reports?nodeId=" + community + "&minHouseholds=700&maxHouseholds=900").json().get(0)
                .path("withinBounds").asBoolean());

        // SOAP through the WSDL: the same report, a fault for a grid.
        Node soap = invoke("grids", "reportGrids", "<nodeId>" + community + "</nodeId>");
        assertEquals("1530", text(soap, "//*[local-name()='report']/*[local-name()='householdsInGrids']"));
        try {
            invoke("grids", "proposePlans", "<nodeId>" + grids.get("G1") + "</nodeId>");
            throw new AssertionError("a grid is not a community");
        } catch (javax.xml.ws.soap.SOAPFaultException e) {
            assertEquals("nodeId", text(detail(e), "//*[local-name()='field']"));
        }
    }

    /**
     * A generated street of 50,000 households in 20 communities, grids cut at random between 100 and
     * 600 households: every community's plan puts every grid within 250–300, and applying them all
     * leaves the street within bounds. Timed against the read the planner cannot avoid, written by hand.
     */
    @Test
    public void aStreetOfFiftyThousandHouseholds() throws Exception {
        awaitUp();
        RestIT.Tree tree = new RestIT.Tree();
        JsonNode street = get("/api/v1/territory/nodes/" + tree.street).json();
        Random random = new Random(50_000);
        int communities = 20;
        int perCommunity = 2_500;
        int buildings = 0;
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Estate estate = new Estate(c);
            for (int m = 0; m < communities; m++) {
                String code = tree.streetCode + "-M" + m;
                long community = estate.node(tree.street, street.path("path").asText(), "COMMUNITY", code, "基准社区" + m, null, null);
                String path = estate.pathOf(community);
                List<int[]> sizes = new ArrayList<>();
                for (int left = perCommunity; left > 0; ) {
                    int size = Math.min(left, 6 + random.nextInt(43));
                    sizes.add(new int[] {size});
                    left -= size;
                }
                int side = (int) Math.ceil(Math.sqrt(sizes.size()));
                long grid = 0;
                int inGrid = 0;
                int cut = 0;
                int g = 0;
                for (int b = 0; b < sizes.size(); b++) {
                    if (inGrid >= cut) {
                        grid = estate.grid(community, path, code + "-G" + ++g, "第" + g + "网格");
                        inGrid = 0;
                        cut = 100 + random.nextInt(501);
                    }
                    double lon = 116.30 + m * 0.02 + (b % side) * 0.0006 + random.nextDouble() * 0.0002;
                    double lat = 39.90 + (b / side) * 0.0006 + random.nextDouble() * 0.0002;
                    estate.building(grid, code + "-B" + (b + 1), lon, lat, sizes.get(b)[0]);
                    inGrid += sizes.get(b)[0];
                    buildings++;
                }
            }
            estate.commit();
        }
        double generated = (System.nanoTime() - started) / 1e9;
        Caller admin = Caller.system("benchmark");

        long byHand = Long.MAX_VALUE;
        long households = 0;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            households = householdsByBuilding(street.path("path").asText());
            byHand = Math.min(byHand, System.nanoTime() - t);
        }
        assertEquals(communities * perCommunity, households);
        long reportNanos = Long.MAX_VALUE;
        List<GridReport> before = null;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            before = CallerContext.callAs(admin, () -> planner.report(tree.street, null, null));
            reportNanos = Math.min(reportNanos, System.nanoTime() - t);
        }
        long outOfBounds = before.stream().flatMap(r -> r.getGrids().stream()).filter(l -> l.getBound() != org.linli.grids.Bound.WITHIN).count();
        long gridsBefore = before.stream().mapToLong(r -> r.getGrids().size()).sum();
        assertEquals(communities + 1, before.size()); // the tree's own community too
        assertTrue("the generated grids are uneven: " + outOfBounds, outOfBounds > gridsBefore / 2);

        long t = System.nanoTime();
        List<GridPlan> plans = CallerContext.callAs(admin, () -> planner.propose(tree.street, null, null));
        long proposeNanos = System.nanoTime() - t;
        long gridsAfter = 0;
        int moved = 0;
        for (GridPlan plan : plans) {
            if (plan.getGrids().stream().mapToLong(PlannedGrid::getHouseholds).sum() < 250) {
                continue; // the tree's own one-building community
            }
            assertTrue("plan of community " + plan.getCommunityId(), plan.isWithinBounds());
            for (PlannedGrid grid : plan.getGrids()) {
                if (grid.getAction() != PlanAction.CLOSE) {
                    assertTrue(grid.getHouseholds() >= 250 && grid.getHouseholds() <= 300);
                    gridsAfter++;
                }
            }
            moved += plan.getBuildingsMoved();
        }
        t = System.nanoTime();
        for (GridPlan plan : plans) {
            CallerContext.callAs(admin, () -> planner.apply(plan.getId()));
        }
        long applyNanos = System.nanoTime() - t;
        List<GridReport> after = CallerContext.callAs(admin, () -> planner.report(tree.street, null, null));
        long inGrids = 0;
        for (GridReport report : after) {
            inGrids += report.getHouseholdsInGrids();
            if (report.getHouseholds() >= 250) {
                assertTrue(report.getCommunityName(), report.isWithinBounds());
            }
        }
        assertEquals(communities * perCommunity, inGrids);

        String db = onPostgres() ? "PostgreSQL" : "H2";
        String figures = String.format("grid planner, %s: a street of %,d households in %d communities, %,d buildings,"
                        + " %d grids (%d out of 250–300), generated by JDBC in %.1f s%n"
                        + "  households per building, one GROUP BY by hand:  %.0f ms%n"
                        + "  validator report of the street:                 %.0f ms, %.2f × by hand%n"
                        + "  plans proposed and stored for the street:       %.0f ms, %.2f × by hand; %d grids after, %,d buildings to move%n"
                        + "  plans applied through the registers:            %.0f ms (%d plans, one transaction each)%n",
                db, communities * perCommunity, communities, buildings, gridsBefore, outOfBounds, generated,
                byHand / 1e6, reportNanos / 1e6, (double) reportNanos / byHand, proposeNanos / 1e6,
                (double) proposeNanos / byHand, gridsAfter, moved, applyNanos / 1e6, plans.size());
        Path out = Path.of(System.getProperty("linli.it.benchmarks"), "grid-planner-" + db.toLowerCase() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures, StandardCharsets.UTF_8);
    }

    private long householdsByBuilding(String path) throws SQLException {
        long total = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT b.id, COUNT(h.id) FROM territory_node b"
                     + " LEFT JOIN territory_node d ON d.parent_id = b.id LEFT JOIN household h ON h.dwelling_id = d.id"
                     + " WHERE b.level = 'BUILDING' AND b.path LIKE ? GROUP BY b.id")) {
            s.setString(1, path + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    total += r.getLong(2);
                }
            }
        }
        return total;
    }

    private static JsonNode part(JsonNode plan, long gridId) {
        for (JsonNode part : plan.path("grids")) {
            if (part.path("gridId").asLong() == gridId) {
                return part;
            }
        }
        throw new AssertionError("no part for grid " + gridId + " in " + plan);
    }

    private static long count(JsonNode plan, java.util.function.Predicate<JsonNode> test) {
        long n = 0;
        for (JsonNode part : plan.path("grids")) {
            n += test.test(part) ? 1 : 0;
        }
        return n;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }

    private static List<Long> longs(JsonNode array, String field) {
        List<Long> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asLong()));
        return values;
    }

    /**
     * Writes grids, buildings, one dwelling per household and the households straight into the
     * tables, as a migration from another system would, with ids far above the sequences'.
     */
    static final class Estate {
        private static long nextId = 2_000_000_000L + System.nanoTime() % 1_000_000 * 1_000;
        private final Connection connection;
        private final PreparedStatement nodes;
        private final PreparedStatement households;
        private final Map<Long, String> paths = new HashMap<>();
        private int pending;

        Estate(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            nodes = connection.prepareStatement("INSERT INTO territory_node (id, parent_id, level, code, name, path, version, longitude, latitude)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)");
            households = connection.prepareStatement("INSERT INTO household (id, number, dwelling_id, kind, version) VALUES (?, ?, ?, 'FAMILY', 0)");
        }

        long node(long parent, String parentPath, String level, String code, String name, Double lon, Double lat) throws SQLException {
            long id = nextId++;
            String path = parentPath + id + "/";
            paths.put(id, path);
            nodes.setLong(1, id);
            nodes.setLong(2, parent);
            nodes.setString(3, level);
            nodes.setString(4, code);
            nodes.setString(5, name);
            nodes.setString(6, path);
            nodes.setObject(7, lon);
            nodes.setObject(8, lat);
            nodes.addBatch();
            if (++pending % 1000 == 0) {
                flush();
            }
            return id;
        }

        String pathOf(long id) {
            return paths.get(id);
        }

        long grid(long community, String communityPath, String code, String name) throws SQLException {
            paths.putIfAbsent(community, communityPath);
            return node(community, paths.get(community), "GRID", code, name, null, null);
        }

        void building(long grid, String code, Double lon, Double lat, int householdCount) throws SQLException {
            long building = node(grid, paths.get(grid), "BUILDING", code, code.substring(code.lastIndexOf('-') + 2) + "号楼", lon, lat);
            for (int h = 1; h <= householdCount; h++) {
                long dwelling = node(building, paths.get(building), "DWELLING", code + "-" + h, h + "室", null, null);
                paths.remove(dwelling);
                long id = nextId++;
                households.setLong(1, id);
                households.setString(2, "H" + id);
                households.setLong(3, dwelling);
                households.addBatch();
            }
        }

        private void flush() throws SQLException {
            nodes.executeBatch();
            households.executeBatch();
        }

        void commit() throws SQLException {
            flush();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }
}
