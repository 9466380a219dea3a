package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.postgresql.PGConnection;

/**
 * A benchmark, not a timed test: a generated district (or, with {@code -Dlinli.bench.scale=city},
 * a city of a million residents) imported through the REST door as an integrator would, against
 * the database's own bulk load of the same residents file into a table with the same columns,
 * keys, references and indexes, in the same run: {@code COPY} on PostgreSQL, {@code CSVREAD} on H2. It checks that every
 * row is stored and that the same file again stores nothing, and writes the figures to
 * {@code itests/target/benchmarks/}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ImportBenchmark extends LinliTestSupport {
    private static final String BASELINE = "bench_resident_copy";

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    @Test
    public void aCityImportedAgainstTheDatabasesOwnBulkLoad() throws Exception {
        awaitUp();
        CityGenerator.Scale scale = scale();
        long generating = System.nanoTime();
        CityGenerator.Written city = generate();
        double generated = seconds(generating);

        double territory = upload("bench-territory", "territory/nodes", city.territory(), city.nodes());
        double households = upload("bench-households", "households", city.households(), city.householdCount());
        double copyBefore = baseline(city.residents());
        double residents = upload("bench-residents", "residents", city.residents(), city.residentCount());
        double copyAfter = baseline(city.residents());
        double again = upload("bench-residents", "residents", city.residents(), city.residentCount());
        long district = nodeId(prefix() + "01");
        long counting = System.nanoTime();
        assertEquals("the same file again stores nothing", city.residentCount(),
                get("/api/v1/residents?nodeId=" + district + "&size=1").json().path("total").asLong());
        double counted = seconds(counting);

        long exporting = System.nanoTime();
        HttpResponse<InputStream> export = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/exports/residents")).GET());
        long bytes;
        try (InputStream in = export.body()) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        double exported = seconds(exporting);
        assertEquals(200, export.statusCode());

        double copy = (copyBefore + copyAfter) / 2;
        String db = onPostgres() ? "PostgreSQL" : "H2";
        String report = String.format(Locale.ROOT, "bulk import, %s, %s of seed 20261207: %,d territory nodes, %,d households, %,d residents"
                        + " (generated in %.1f s)%n"
                        + "  territory nodes through PUT /imports:         %6.1f s, %,.0f rows/s (%s)%n"
                        + "  households through PUT /imports:              %6.1f s, %,.0f rows/s (%s)%n"
                        + "  residents through PUT /imports:               %6.1f s, %,.0f rows/s (%s)%n"
                        + "  the same residents by %-8s (before, after):  %6.1f s, %.1f s%n"
                        + "  import ÷ bulk load speed:                     %6.2f%n"
                        + "  the same residents file again (nothing stored): %4.1f s%n"
                        + "  the district's residents counted (GET /residents?nodeId=): %.1f s%n"
                        + "  export of every resident, masked, CSV:        %6.1f s, %,d bytes%n",
                db, scale.name(), city.nodes(), city.householdCount(), city.residentCount(), generated,
                territory, city.nodes() / territory, phases("bench-territory"), households, city.householdCount() / households,
                phases("bench-households"), residents, city.residentCount() / residents, phases("bench-residents"), onPostgres() ? "COPY" : "CSVREAD", copyBefore, copyAfter,
                copy / residents, again, counted, exported, bytes);
        Path out = Path.of(System.getProperty("linli.it.benchmarks"), "import-" + scale.name() + "-" + db.toLowerCase(Locale.ROOT) + ".txt");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    /** A city is measured on PostgreSQL, what a city runs on; the embedded H2 gets a district. */
    static CityGenerator.Scale scale() {
        return onPostgres() ? CityGenerator.Scale.named(System.getProperty("linli.bench.scale", "district")) : CityGenerator.Scale.DISTRICT;
    }

    /** The codes of the generated city begin with this. */
    static String prefix() {
        return onPostgres() ? "BP" : "BH";
    }

    private static CityGenerator.Written generate() throws IOException {
        Path files = Path.of(System.getProperty("linli.it.benchmarks"), "city-" + (onPostgres() ? "pg" : "h2"));
        return new CityGenerator(scale(), 20261207, prefix()).write(files);
    }

    /** The generated city, imported unless this container has it already: for the benchmarks that read it. */
    static void importCity() throws Exception {
        if (get("/api/v1/territory/nodes?code=" + prefix()).json().path("total").asLong() == 0) {
            CityGenerator.Written city = generate();
            upload("bench-territory", "territory/nodes", city.territory(), city.nodes());
            upload("bench-households", "households", city.households(), city.householdCount());
            upload("bench-residents", "residents", city.residents(), city.residentCount());
        }
    }

    /** Uploads a file as an integrator would, streamed from disk; answers the seconds it took. */
    static double upload(String id, String kind, Path file, int rows) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> answer = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports/" + id + "?kind=" + kind))
                .header("Content-Type", "text/csv").PUT(HttpRequest.BodyPublishers.ofFile(file)));
        JsonNode run;
        try (InputStream in = answer.body()) {
            run = JSON.readTree(in);
        }
        double seconds = seconds(start);
        assertEquals(run.toString(), 200, answer.statusCode());
        assertEquals(rows, run.path("rowsRead").asLong());
        return seconds;
    }

    /** The phases of an import and their times, as Linli logged them when it committed. */
    private static String phases(String id) throws IOException {
        String logged = "Import " + id + " of ";
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"), StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.contains(logged) && line.endsWith(")")) {
                return line.substring(line.lastIndexOf('(') + 1, line.length() - 1);
            }
        }
        return "phases not logged";
    }

    private static HttpResponse<InputStream> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofMinutes(30))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /**
     * The database's own bulk load of the residents file into a table of the same columns, keys,
     * references to households and dwellings, and indexes as the file's rows end in: answers its
     * seconds, the table dropped after.
     */
    private double baseline(Path residents) throws Exception {
        try (Connection connection = owner().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + BASELINE);
            statement.execute("CREATE TABLE " + BASELINE + " (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " id_number VARCHAR(18) NOT NULL UNIQUE, name VARCHAR(50) NOT NULL, phone VARCHAR(20),"
                    + " household_number VARCHAR(32) REFERENCES household (number), relation_to_head VARCHAR(16),"
                    + " dwelling_code VARCHAR(32) REFERENCES territory_node (code),"
                    + " CHECK (household_number IS NOT NULL OR dwelling_code IS NOT NULL))");
            statement.execute("CREATE INDEX " + BASELINE + "_household ON " + BASELINE + " (household_number)");
            statement.execute("CREATE INDEX " + BASELINE + "_dwelling ON " + BASELINE + " (dwelling_code)");
            statement.execute("CREATE INDEX " + BASELINE + "_name ON " + BASELINE + " (name" + (onPostgres() ? " varchar_pattern_ops" : "") + ")");
            String columns = "(id_number, name, phone, household_number, relation_to_head, dwelling_code)";
            long start = System.nanoTime();
            long rows;
            if (onPostgres()) {
                try (Reader in = Files.newBufferedReader(residents, StandardCharsets.UTF_8)) {
                    rows = connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY " + BASELINE + " " + columns + " FROM STDIN (FORMAT csv, HEADER)", in);
                }
            } else {
                rows = statement.executeUpdate("INSERT INTO " + BASELINE + " " + columns + " SELECT * FROM CSVREAD('"
                        + residents.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
            }
            double seconds = seconds(start);
            assertTrue(rows > 0);
            statement.execute("DROP TABLE " + BASELINE);
            return seconds;
        } catch (SQLException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /** On PostgreSQL the schema owner's DataSource, which may create a table; on H2 Linli's own. */
    private DataSource owner() throws Exception {
        if (!onPostgres()) {
            return dataSource;
        }
        Collection<ServiceReference<DataSource>> owners = context.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=linli-owner)");
        return context.getService(owners.iterator().next());
    }
}
