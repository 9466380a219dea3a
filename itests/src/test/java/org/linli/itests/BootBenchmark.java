package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * A benchmark, not a timed test: the distribution as an operator starts it ({@code bin/karaf
 * server}, its own {@code bin/setenv}, the development configuration of {@code ./linli run}),
 * timed from the process's start to the first {@code GET /api/v1/health} answered 200, on the
 * database of the run (the embedded H2 default, or a fresh PostgreSQL database). Twice: first on
 * an empty data folder, then again on what the first start left. It fails only when the platform
 * does not come up or starts without the heap the distribution sets; the figures go to
 * {@code itests/target/benchmarks/}. It runs before the Pax Exam container of {@link Benchmarks}
 * boots, so that nothing else uses the machine.
 */
public class BootBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    public void bootToTheFirstAnsweredRequest() throws Exception {
        String version = System.getProperty("linli.version");
        Path archive = Path.of("..", "karaf-assembly", "target", "linli-karaf-" + version + ".tar.gz");
        Path folder = Path.of("target", "boot").toAbsolutePath();
        delete(folder);
        Files.createDirectories(folder);
        run(folder, "tar", "xzf", archive.toAbsolutePath().toString());
        Path home = folder.resolve("linli-karaf-" + version);
        copy(Path.of(System.getProperty("linli.config", "../config"), "dev"), home);
        int port = LinliTestSupport.freePort();
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(port));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(LinliTestSupport.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(LinliTestSupport.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(LinliTestSupport.freePort()));
        boolean postgres = "postgresql".equals(System.getProperty("linli.test.db"));
        if (postgres) {
            String user = System.getProperty("linli.test.pg.user", "linli");
            String password = System.getProperty("linli.test.pg.password", "");
            Path datasource = home.resolve("etc/org.ops4j.datasource-linli.cfg");
            set(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            set(datasource, "url", LinliTestSupport.freshDatabase(System.getProperty("linli.test.pg.url"), user, password));
            set(datasource, "user", user);
            set(datasource, "password", password);
        }

        String heap = "-Xmx" + LinliTestSupport.distributionHeap();
        List<String> lines = new ArrayList<>();
        for (String start : List.of("first start, empty data folder", "second start")) {
            Boot boot = boot(home, port);
            assertTrue("bin/setenv gives the JVM " + heap + ": " + boot.arguments, boot.arguments.contains(heap));
            lines.add(String.format(Locale.ROOT, "  %-32s %5.1f s to GET /api/v1/health 200; resident set then %,d MB", start,
                    boot.seconds, boot.residentMegabytes));
        }
        String report = String.format(Locale.ROOT, "boot, %s, bin/karaf server with the distribution's bin/setenv (%s)"
                + " and the development configuration, goal ≤ 10 s%n%s%n", postgres ? "PostgreSQL" : "H2", heap, String.join("\n", lines));
        Path out = Path.of("target", "benchmarks", "boot-" + (postgres ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private record Boot(double seconds, long residentMegabytes, String arguments) {
    }

    /** Starts the distribution, waits for health to answer 200, and stops it. */
    private static Boot boot(Path home, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        builder.environment().remove("LINLI_HEAP");
        builder.environment().remove("EXTRA_JAVA_OPTS");
        long start = System.nanoTime();
        Process karaf = builder.start();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                    .build();
            long deadline = start + TimeUnit.MINUTES.toNanos(3);
            int status = 0;
            while (status != 200) {
                assertTrue("Karaf ended: see " + home.resolve("console.log"), karaf.isAlive());
                assertTrue("no answer from " + health.uri() + " in 3 minutes; last " + status, System.nanoTime() < deadline);
                try {
                    status = HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    Thread.sleep(50);
                }
            }
            double seconds = LinliTestSupport.seconds(start);
            ProcessHandle java = Stream.concat(Stream.of(karaf.toHandle()), karaf.descendants())
                    .filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no Java process under bin/karaf"));
            String arguments = String.join(" ", java.info().arguments().orElse(new String[0]));
            return new Boot(seconds, residentMegabytes(java.pid()), arguments);
        } finally {
            stop(karaf);
        }
    }

    private static void stop(Process karaf) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(karaf.descendants().toList());
        karaf.destroy();
        all.forEach(ProcessHandle::destroy);
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            karaf.destroyForcibly();
        }
        for (ProcessHandle process : all) {
            process.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(timeout -> null).join();
            process.destroyForcibly();
        }
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** Sets {@code key} in a Karaf configuration file, in place of its line if it has one. */
    private static void set(Path file, String key, String value) throws IOException {
        String line = key + " = " + value;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Matcher existing = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$").matcher(text);
        text = existing.find() ? existing.replaceAll(Matcher.quoteReplacement(line)) : text + "\n" + line + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, process.waitFor());
    }
}
