package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * A street made by {@link CityGenerator}, imported through the REST door, and a year of its
 * organisations' and staff's work loaded straight into the database by {@link CityActivity}: the
 * registers read what was loaded, go on writing after it, and page its long lists by number and by
 * the id each page follows alike.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GeneratedCityIT extends LinliTestSupport {
    private static final String PREFIX = "GC";
    private static CityActivity.Loaded loaded;

    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    @Test
    public void theRegistersReadTheLoadedActivityAndGoOnWritingAfterIt() throws Exception {
        String district = city();
        long street = nodeId(district + "-S01");
        assertEquals(2, loaded.communities());
        assertEquals(loaded.workers(), get("/api/v1/workers?nodeId=" + street).json().path("total").asLong());
        assertEquals(loaded.visits(), get("/api/v1/visits?nodeId=" + street).json().path("total").asLong());
        assertEquals(loaded.patrols(), get("/api/v1/patrols?size=1&nodeId=" + street).json().path("total").asLong());
        assertEquals(loaded.memberships(), get("/api/v1/memberships?size=1&nodeId=" + street).json().path("total").asLong());
        assertEquals(loaded.requests(), get("/api/v1/requests?size=1&nodeId=" + street).json().path("total").asLong());
        assertEquals(loaded.dispatches(), get("/api/v1/dispatches?size=1&nodeId=" + street).json().path("total").asLong());
        // A committee of seven and six sub-committees of seven to nine in each community.
        assertEquals(2 * 8, loaded.organisations());
        assertTrue(loaded.memberships() >= 2 * (7 + 6 * 7) && loaded.memberships() <= 2 * (7 + 6 * 9));
        assertTrue("a year of visits: " + loaded.visits(), loaded.visits() > 2 * 7 * 52 * 4);
        assertTrue("requests: " + loaded.requests(), loaded.requests() > 0 && loaded.dispatches() > 0);
        assertTrue("each request's steps: " + loaded, loaded.steps() >= loaded.requests() && loaded.steps() <= 6 * loaded.requests());

        // The stores take their next ids past the loaded rows.
        JsonNode visit = get("/api/v1/visits?size=1&nodeId=" + street).json().path("items").path(0);
        Answer created = post("/api/v1/visits", Map.of("workerId", visit.path("workerId").asLong(),
                "visitedOn", LocalDate.now().toString(), "minutes", 30, "householdId", visit.path("householdId").asLong(),
                "purpose", "routine"));
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.json().path("id").asLong() > visit.path("id").asLong());
        assertEquals(loaded.visits() + 1, get("/api/v1/visits?size=1&nodeId=" + street).json().path("total").asLong());

        // A closed request's history is its way through the desk; a new request and its steps come after the loaded ones.
        JsonNode closed = get("/api/v1/requests?size=1&status=CLOSED&nodeId=" + street).json().path("items").path(0);
        JsonNode steps = get("/api/v1/requests/" + closed.path("id").asLong() + "/steps").json();
        List<String> actions = new ArrayList<>();
        steps.forEach(step -> actions.add(step.path("action").asText()));
        assertEquals(List.of("RECEIVE", "ACCEPT", "START", "COMPLETE", "NOTIFY", "CLOSE"), actions);
        assertEquals(closed.path("owner").asText(), steps.path(1).path("actor").asText());
        long request = RestIT.id(post("/api/v1/requests", Map.of("serviceCode", "street-light", "description", "路灯不亮",
                "nodeId", closed.path("nodeId").asLong(), "channel", "PHONE")));
        assertTrue(request > closed.path("id").asLong());
        Answer accepted = post("/api/v1/requests/" + request + "/steps", Map.of("action", "ACCEPT"));
        assertEquals(accepted.toString(), 200, accepted.status());
        assertEquals("ACCEPTED", accepted.json().path("status").asText());
        JsonNode taken = get("/api/v1/requests/" + request + "/steps").json();
        assertTrue(taken.path(1).path("id").asLong() > steps.path(5).path("id").asLong());
    }

    /**
     * A list read to its end page by page, each given by the id the last one ended with, holds
     * what its numbered pages hold, in the order of ids, for every sort of store and for a caller
     * of one community as well; a page given both ways, or by what is not an id, is refused.
     */
    @Test
    public void keysetPagesReadTheSameListAsNumberedPages() throws Exception {
        String district = city();
        String admin = bearer("分页", List.of("*"), "RESIDENT_READ", "TERRITORY_READ", "STAFF_READ");
        String community = bearer("分页", List.of(district + "-S01-C02"), "RESIDENT_READ", "TERRITORY_READ", "STAFF_READ");
        long street = nodeId(district + "-S01");
        for (String caller : List.of(admin, community)) {
            long node = caller.equals(admin) ? street : nodeId(district + "-S01-C02");
            for (String list : List.of("/api/v1/residents?nodeId=" + node, "/api/v1/households?nodeId=" + node,
                    "/api/v1/visits?nodeId=" + node, "/api/v1/territory/nodes?withinId=" + node)) {
                String what = (caller.equals(admin) ? "everywhere: " : "one community: ") + list;
                List<Long> numbered = new ArrayList<>();
                JsonNode page;
                int number = 0;
                do {
                    page = readAs(caller, list + "&size=200&page=" + number++);
                    page.path("items").forEach(item -> numbered.add(item.path("id").asLong()));
                } while (page.path("items").size() == 200);
                List<Long> keyset = new ArrayList<>();
                long after = 0;
                do {
                    page = readAs(caller, list + "&size=200&after=" + after);
                    assertEquals(what, numbered.size(), page.path("total").asInt());
                    for (JsonNode item : page.path("items")) {
                        assertTrue(what + ": ids rise past " + after, item.path("id").asLong() > after);
                        after = item.path("id").asLong();
                        keyset.add(after);
                    }
                } while (page.path("items").size() == 200);
                assertFalse(what, keyset.isEmpty());
                numbered.sort(null);
                assertEquals(what, numbered, keyset);
            }
        }
        assertTrue("the community sees less than the street", total(community, "/api/v1/visits?size=1")
                < total(admin, "/api/v1/visits?size=1&nodeId=" + street));
        for (String wrong : List.of("page=1&after=5", "after=-1", "after=abc")) {
            Answer refused = get("/api/v1/visits?" + wrong);
            assertEquals(wrong, 400, refused.status());
            assertEquals(wrong, "after", refused.errorField());
        }
    }

    /** The generated street imported and its activity loaded, once per container; the district's code. */
    private synchronized String city() throws Exception {
        awaitUp();
        String district = PREFIX + "01";
        if (loaded == null) {
            Path folder = Files.createTempDirectory("generated-city");
            CityGenerator.Written city = new CityGenerator(CityGenerator.Scale.STREET, 11, PREFIX).write(folder);
            ImportBenchmark.upload("gc-territory", "territory/nodes", city.territory(), city.nodes());
            ImportBenchmark.upload("gc-households", "households", city.households(), city.householdCount());
            ImportBenchmark.upload("gc-residents", "residents", city.residents(), city.residentCount());
            try (Connection connection = dataSource.getConnection()) {
                assertFalse(CityActivity.loaded(connection, district));
                loaded = CityActivity.load(connection, district, 11, LocalDate.now());
                assertTrue(CityActivity.loaded(connection, district));
            }
        }
        return district;
    }
}
