package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.database.Database;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * A benchmark, not a timed test: every rule of Beijing's plugin evaluated over every community of
 * the generated district (30 communities; the city's 300 with {@code -Dlinli.bench.scale=city})
 * through an evaluation job ({@code POST /api/v1/policy/evaluation-jobs}), against reading the
 * rows those rules are given of each community (its territory nodes, households, organisations
 * with their terms and members, workers and a year of their visits, requests and dispatches, which
 * {@link CityActivity} loads) with JDBC on two threads, in the same run. It fails only if the evaluation leaves a
 * community unjudged; the figures go to {@code itests/target/benchmarks/}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EvaluationBenchmark extends LinliTestSupport {
    private static final int ROUNDS = 3;

    @Inject
    private FeaturesService features;

    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    @Test
    public void aDistrictEvaluatedAgainstReadingItsRows() throws Exception {
        awaitUp();
        ImportBenchmark.importCity();
        String district = ImportBenchmark.prefix() + "01";
        if (!features.isInstalled(features.getFeature("linli-policy-beijing"))) {
            features.installFeature("linli-policy-beijing");
        }
        awaitRules("beijing", true);
        String loaded = "";
        try (Connection connection = dataSource.getConnection()) {
            if (!CityActivity.loaded(connection, district)) {
                CityActivity.Loaded activity = CityActivity.load(connection, district, 20261207, LocalDate.now());
                loaded = String.format(Locale.ROOT, "  the communities' activity loaded by JDBC: %,d organisations, %,d members,"
                                + " %,d workers, %,d visits, %,d patrols, %,d requests with %,d steps and %,d dispatches in %.1f s"
                                + " (%,.0f rows/s)%n", activity.organisations(), activity.memberships(), activity.workers(),
                        activity.visits(), activity.patrols(), activity.requests(), activity.steps(), activity.dispatches(),
                        activity.seconds(), activity.rows() / activity.seconds());
            }
        }
        long node = nodeId(district);
        List<String> communities = communityPaths(district);

        evaluate(node);
        double evaluation = Double.MAX_VALUE;
        long findings = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            JsonNode run = evaluate(node);
            evaluation = Math.min(evaluation, seconds(start));
            findings = run.path("findings").size();
            long judged = java.util.stream.StreamSupport.stream(run.path("findings").spliterator(), false)
                    .map(finding -> finding.path("communityCode").asText()).distinct().count();
            assertEquals("every community judged", communities.size(), judged);
        }
        read(communities);
        double reading = Double.MAX_VALUE;
        long rows = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            rows = read(communities);
            reading = Math.min(reading, seconds(start));
        }
        String report = String.format(Locale.ROOT, "policy evaluation, %s, %s of seed 20261207: Beijing's rules over %d communities,"
                        + " the best of %d runs each%n"
                        + "  an evaluation job over the district, POST /api/v1/policy/evaluation-jobs to DONE: %6.2f s, %,d findings stored%n"
                        + "  the same communities' rows those rules read, by JDBC on two threads: %6.2f s, %,d rows%n"
                        + "  evaluation ÷ reading: %.1f (goal ≤ 2)%n%s",
                onPostgres() ? "PostgreSQL" : "H2", ImportBenchmark.scale().name(), communities.size(), ROUNDS, evaluation, findings,
                reading, rows, evaluation / reading, loaded);
        Path out = Path.of(System.getProperty("linli.it.benchmarks"), "evaluation-" + ImportBenchmark.scale().name() + "-"
                + (onPostgres() ? "postgresql" : "h2") + ".txt");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    /**
     * The run of an evaluation job, as a district IT team starts one: a city's evaluation outlasts
     * any HTTP client's patience. The job is asked every 50 ms how far it is.
     */
    private static JsonNode evaluate(long node) throws InterruptedException {
        Answer started = post("/api/v1/policy/evaluation-jobs", Map.of("nodeId", node, "plugin", "beijing"));
        assertEquals(started.toString(), 202, started.status());
        String job = "/api/v1/policy/evaluation-jobs/" + started.json().path("id").asText();
        JsonNode state = started.json();
        while (!state.path("state").asText().equals("DONE")) {
            assertTrue(state.toString(), !state.path("state").asText().equals("FAILED"));
            Thread.sleep(50);
            state = get(job).json();
        }
        Answer run = get("/api/v1/policy/evaluations/" + state.path("evaluationId").asLong());
        assertEquals(run.toString(), 200, run.status());
        return run.json();
    }

    private List<String> communityPaths(String district) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            List<String> paths = CityActivity.communities(connection, district).stream().map(CityActivity.Community::path).toList();
            assertTrue(paths.size() >= 30);
            return paths;
        }
    }

    /** Each community's nodes and households, every column, on two threads as the evaluation judges; the rows read. */
    private long read(List<String> communities) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        AtomicLong rows = new AtomicLong();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String community : communities) {
                done.add(threads.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        // Planned for each community's path, as Linli's stores have PostgreSQL plan theirs.
                        connection.setAutoCommit(false);
                        if (onPostgres()) {
                            try (Statement plan = connection.createStatement()) {
                                plan.execute(Database.PLAN_FOR_VALUES);
                            }
                        }
                        rows.addAndGet(readAll(connection, "SELECT * FROM territory_node t WHERE t.path LIKE ?", community));
                        rows.addAndGet(readAll(connection, "SELECT h.* FROM household h JOIN territory_node d ON d.id = h.dwelling_id"
                                + " WHERE d.path LIKE ?", community));
                        for (String table : List.of("organisation", "worker")) {
                            rows.addAndGet(readAll(connection, "SELECT t.* FROM " + table + " t JOIN territory_node c"
                                    + " ON c.id = t.community_id WHERE c.path LIKE ?", community));
                        }
                        for (String table : List.of("org_term", "membership")) {
                            rows.addAndGet(readAll(connection, "SELECT t.* FROM " + table + " t JOIN organisation o ON o.id = t.organisation_id"
                                    + " JOIN territory_node c ON c.id = o.community_id WHERE c.path LIKE ?", community));
                        }
                        rows.addAndGet(readAll(connection, "SELECT v.* FROM visit v JOIN worker w ON w.id = v.worker_id"
                                + " JOIN territory_node c ON c.id = w.community_id WHERE c.path LIKE ?", community));
                        rows.addAndGet(readAll(connection, "SELECT r.* FROM service_request r JOIN territory_node n ON n.id = r.node_id"
                                + " WHERE n.path LIKE ?", community));
                        rows.addAndGet(readAll(connection, "SELECT d.* FROM dispatch d JOIN service_request r ON r.id = d.request_id"
                                + " JOIN territory_node n ON n.id = r.node_id WHERE n.path LIKE ?", community));
                        connection.commit();
                        connection.setAutoCommit(true);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        return rows.get();
    }

    private static long readAll(Connection connection, String sql, String path) throws Exception {
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, path + "%");
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                    count++;
                }
            }
        }
        return count;
    }
}
