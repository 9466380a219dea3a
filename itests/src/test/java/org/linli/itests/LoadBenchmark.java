package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.security.Authenticator;
import org.linli.security.Sessions;
import org.linli.security.TokenAuthenticator;
import org.linli.security.cxf.DoorGuard;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * A benchmark, not a timed test: clients calling the REST door at once, 16 and then 64 of them,
 * each sending its next request when the last is answered, against a constant JAX-RS endpoint
 * published for the run in the same Karaf behind the same guard ({@link DoorGuard#rest}) and the
 * same API token. Measured over the district (or city) {@link ImportBenchmark} imports, which this
 * imports itself when run alone: a resident by id and a name search as an administrator, and the
 * same search by tokens scoped to a street and a community. It fails only when a request fails or
 * a scoped search reads outside its jurisdiction; the figures go to {@code itests/target/benchmarks/}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LoadBenchmark extends LinliTestSupport {
    private static final int[] CLIENTS = {16, 64};
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("linli.bench.warmup", 5));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("linli.bench.seconds", 10));

    @Inject
    private Authenticator authenticator;
    @Inject
    private TokenAuthenticator tokens;
    @Inject
    private Sessions sessions;
    @Inject
    private FeaturesService features;
    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    /** The baseline: authenticated like every Linli request, then a constant answer. */
    @javax.ws.rs.Path("/constant")
    public static class Constant {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String constant() {
            return "{\"status\":\"UP\"}";
        }
    }

    @Test
    public void readsUnderLoadAgainstAConstantEndpoint() throws Exception {
        awaitUp();
        String prefix = ImportBenchmark.prefix();
        ImportBenchmark.importCity();
        String district = prefix + "01";
        String street = district + "-S01";
        String community = street + "-C01";
        String everywhere = bearer("压测", List.of("*"), "RESIDENT_READ", "TERRITORY_READ");
        String streetToken = bearer("压测", List.of(street), "RESIDENT_READ", "TERRITORY_READ");
        String communityToken = bearer("压测", List.of(community), "RESIDENT_READ", "TERRITORY_READ");
        long[] ids = residentIds();

        Server constant = constantEndpoint();
        String name = URLEncoder.encode("王", StandardCharsets.UTF_8);
        String search = "/api/v1/residents?name=" + name + "&size=20";
        long all = total(everywhere, search);
        long inStreet = total(streetToken, search);
        long inCommunity = total(communityToken, search);
        assertTrue("a street sees part of the district: " + inStreet + " of " + all, inStreet > 0 && inStreet < all);
        assertTrue("a community sees part of its street: " + inCommunity + " of " + inStreet, inCommunity > 0 && inCommunity < inStreet);
        long memberOfStreet = total(streetToken, "/api/v1/residents?name=" + name + "&nodeId=" + nodeId(community) + "&size=1");
        assertEquals("the street's token reads its community's residents", inCommunity, memberOfStreet);

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "REST under load, %s, %s of seed 20261207: each client sends its next request when the last is answered;"
                        + " %d s warm-up, %d s measured; one API token per caller%n"
                        + "  the search: GET %s (%,d rows for the district, %,d for street %s, %,d for community %s)%n",
                onPostgres() ? "PostgreSQL" : "H2", ImportBenchmark.scale().name(), WARM_UP.toSeconds(), MEASURED.toSeconds(),
                search, all, inStreet, street, inCommunity, community));
        try {
            // The JIT compiles the door's code under the first load: a round of each, not measured.
            load(CLIENTS[0], everywhere, () -> "/bench/constant");
            load(CLIENTS[0], everywhere, () -> search);
            for (int clients : CLIENTS) {
                Rate before = load(clients, everywhere, () -> "/bench/constant");
                Rate byId = load(clients, everywhere, () -> "/api/v1/residents/" + ids[ThreadLocalRandom.current().nextInt(ids.length)]);
                Rate unscoped = load(clients, everywhere, () -> search);
                Rate scopedToStreet = load(clients, streetToken, () -> search);
                Rate scopedToCommunity = load(clients, communityToken, () -> search);
                Rate after = load(clients, everywhere, () -> "/bench/constant");
                double baseline = (before.perSecond() + after.perSecond()) / 2;
                report.append(String.format(Locale.ROOT, "%d clients%n", clients))
                        .append(before.line("constant endpoint (before)", Double.NaN))
                        .append(after.line("constant endpoint (after)", Double.NaN))
                        .append(byId.line("GET /residents/{id}, any resident", baseline))
                        .append(unscoped.line("name search, whole territory", baseline))
                        .append(scopedToStreet.line("name search, one street", baseline))
                        .append(scopedToCommunity.line("name search, one community", baseline))
                        .append(String.format(Locale.ROOT, "  GET by id ÷ constant: %.2f (goal ≥ 0.8); scoped ÷ unscoped search:"
                                        + " street %.2f, community %.2f (goal ≥ 0.8)%n", byId.perSecond() / baseline,
                                scopedToStreet.perSecond() / unscoped.perSecond(), scopedToCommunity.perSecond() / unscoped.perSecond()));
            }
        } finally {
            constant.destroy();
        }
        report.append(deepPage(everywhere));
        report.append(swapUnderLoad(district, nodeId(community), ids));
        report.append(memory());
        Path out = Path.of(System.getProperty("linli.it.benchmarks"), "load-" + ImportBenchmark.scale().name() + "-"
                + (onPostgres() ? "postgresql" : "h2") + ".txt");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    /**
     * The last page of 500 of every resident, one client, asked by its number and by the id it
     * follows (keyset); the two must hold the same residents.
     */
    private static String deepPage(String token) throws InterruptedException {
        long residents = total(token, "/api/v1/residents?size=1");
        long last = (residents - 1) / 500;
        String numbered = "/api/v1/residents?size=500&page=" + last;
        JsonNode page = call("GET", numbered, null, token, null).json().path("items");
        String keyset = "/api/v1/residents?size=500&after=" + (page.path(0).path("id").asLong() - 1);
        assertEquals("the same page by number and by the id it follows", page,
                call("GET", keyset, null, token, null).json().path("items"));
        Rate byNumber = load(1, token, () -> numbered);
        Rate byId = load(1, token, () -> keyset);
        return String.format(Locale.ROOT, "the last page of 500 of all %,d residents, one client%n", residents)
                + byNumber.line("by its number (page=" + last + ")", Double.NaN)
                + byId.line("by the id it follows (after=)", byNumber.perSecond());
    }

    /** Requests per second and the latencies of one load, measured after its warm-up. */
    record Rate(double perSecond, long[] nanos) {
        String line(String what, double baseline) {
            return String.format(Locale.ROOT, "  %-36s %,8.0f requests/s%s  p50 %6.2f ms  p99 %6.2f ms%n", what, perSecond,
                    Double.isNaN(baseline) ? "        " : String.format(Locale.ROOT, " (%.2f)", perSecond / baseline),
                    percentile(0.50), percentile(0.99));
        }

        private double percentile(double p) {
            return nanos[Math.min(nanos.length - 1, (int) (p * nanos.length))] / 1e6;
        }
    }

    /** {@code clients} calling {@code path} with {@code token}: warmed up, then measured. */
    private static Rate load(int clients, String token, Supplier<String> path) throws InterruptedException {
        Clients calling = new Clients(clients, () -> HttpRequest.newBuilder(URI.create(base() + path.get()))
                .header("Authorization", token).GET().build());
        Thread.sleep(WARM_UP.toMillis());
        calling.measure();
        Thread.sleep(MEASURED.toMillis());
        return calling.stop();
    }

    /**
     * Clients on keep-alive connections, each sending its next request as soon as the last is
     * answered, until stopped; latencies are kept from {@link #measure}. Every answer must be 2xx.
     */
    private static final class Clients {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Thread[] threads;
        private final long[][] latencies;
        private final AtomicLong failures = new AtomicLong();
        private final List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean running = true;
        private volatile long measuredFrom = Long.MAX_VALUE;
        private volatile long measuredTo = Long.MAX_VALUE;

        Clients(int count, Supplier<HttpRequest> next) {
            threads = new Thread[count];
            latencies = new long[count][];
            for (int c = 0; c < count; c++) {
                int client = c;
                threads[c] = new Thread(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    while (running) {
                        HttpRequest request = next.get();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() / 100 != 2) {
                                throw new IOException(answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8));
                            }
                        } catch (IOException | InterruptedException e) {
                            if (failures.incrementAndGet() <= 5) {
                                failed.add(request.method() + " " + request.uri() + ": " + e);
                            }
                            continue;
                        }
                        if (sent >= measuredFrom && sent < measuredTo) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = System.nanoTime() - sent;
                        }
                    }
                    latencies[client] = Arrays.copyOf(mine, n);
                }, "bench-client-" + c);
                threads[c].start();
            }
        }

        void measure() {
            measuredFrom = System.nanoTime();
        }

        /** Stops the clients; the rate and latencies since {@link #measure}. */
        Rate stop() throws InterruptedException {
            long end = System.nanoTime();
            measuredTo = end;
            running = false;
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals("failed requests: " + failed, 0, failures.get());
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            return new Rate(all.length / ((end - measuredFrom) / 1e9), all);
        }
    }

    /**
     * The district's policy plugin swapped, as a district IT team does it, while 16 clients keep
     * reading residents and evaluating a community under the district's binding: the new plugin
     * installed, the district bound to it, the old one removed. Not one request may fail.
     */
    private String swapUnderLoad(String district, long community, long[] ids) throws Exception {
        features.installFeature("linli-policy-beijing");
        awaitRules("beijing", true);
        bindAndSettle(district, "beijing");
        String demo = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        AtomicLong turn = new AtomicLong();
        AtomicLong evaluations = new AtomicLong();
        Clients calling = new Clients(16, () -> {
            HttpRequest.Builder request;
            if (turn.incrementAndGet() % 8 == 0) {
                evaluations.incrementAndGet();
                request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/policy/evaluations")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"nodeId\":" + community + "}"));
            } else {
                request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/residents/" + ids[ThreadLocalRandom.current().nextInt(ids.length)]));
            }
            return request.header("Authorization", demo).build();
        });
        Thread.sleep(WARM_UP.toMillis());
        calling.measure();
        long start = System.nanoTime();
        features.installFeature("linli-policy-songjiang");
        awaitRules("songjiang", true);
        double installed = seconds(start);
        bindAndSettle(district, "songjiang");
        double bound = seconds(start);
        features.uninstallFeature("linli-policy-beijing");
        awaitRules("beijing", false);
        double removed = seconds(start);
        long evaluatedDuring = evaluations.get();
        Rate during = calling.stop();
        JsonNode after = post("/api/v1/policy/evaluations", Map.of("nodeId", community)).json();
        assertTrue(after.toString(), after.path("findings").size() > 0);
        after.path("findings").forEach(finding -> assertEquals("songjiang", finding.path("plugin").asText()));
        return String.format(Locale.ROOT, "plugin swap under load: 16 clients, 1 request in 8 an evaluation of community %d, the rest"
                        + " GET /residents/{id}, Basic authentication%n"
                        + "  songjiang installed %.1f s, district bound to it %.1f s (a binding is confirmed when it has held across two"
                        + " polls of Karaf's file watcher), beijing removed %.1f s after the swap began%n"
                        + "  during the swap: %s  failed requests: 0 (%,d evaluations among them)%n",
                community, installed, bound, removed, during.line("all requests", Double.NaN).strip(), evaluatedDuring);
    }

    /** The constant endpoint at {@code /bench}, behind the REST door's guard. */
    private Server constantEndpoint() {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress("/bench");
        factory.setServiceBean(new Constant());
        DoorGuard.rest(factory, authenticator, () -> tokens, () -> sessions, "/bench/uploads/");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(LoadBenchmark.class.getClassLoader());
        try {
            return factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }


    /** Two thousand residents spread evenly over the whole register. */
    private long[] residentIds() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM resident ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            assertTrue(ids.size() > 2000);
            return java.util.stream.IntStream.range(0, 2000).mapToLong(i -> ids.get(i * (ids.size() / 2000))).toArray();
        }
    }

    /** The heap as the distribution sets it, what it held after the load, and the process's resident size. */
    private static String memory() throws IOException {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring(6).trim()).findFirst().orElse("unknown");
        return String.format(Locale.ROOT, "memory: heap limit %,d MB; after the load and a GC %,d MB used, %,d MB committed;"
                + " resident set %s%n", heap.getMax() >> 20, heap.getUsed() >> 20, heap.getCommitted() >> 20, rss);
    }
}
