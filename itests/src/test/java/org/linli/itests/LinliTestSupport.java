package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.Dispatch;
import javax.xml.ws.Service;
import javax.xml.ws.soap.SOAPFaultException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Boots the real Linli distribution, with the development users, on the database named by the
 * system property {@code linli.test.db}: {@code postgresql} (the throwaway server of
 * {@code ./linli test}, emptied first) or {@code h2} (the shipped default). Test methods run
 * inside the container and speak HTTP to it like any client.
 */
public abstract class LinliTestSupport {
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    /**
     * The configuration of the container the PerSuite suites share. Pax Exam asks each suite for
     * its configuration but boots that container with the first only: the others would make a
     * certificate and a database for nothing.
     */
    private static Option[] shared;

    @Configuration
    public Option[] config() throws Exception {
        boolean perSuite = getClass().getAnnotation(ExamReactorStrategy.class).value()[0] == PerSuite.class;
        synchronized (LinliTestSupport.class) {
            if (perSuite && shared == null) {
                shared = container();
            }
        }
        return perSuite ? shared : container();
    }

    /** A container's configuration, with a free port, a certificate and (on PostgreSQL) a database of its own. */
    private Option[] container() throws Exception {
        String db = System.getProperty("linli.test.db", "h2");
        File config = new File(System.getProperty("linli.config", "../config"));
        int port = freePort();
        int securePort = freePort();
        File keystore = developmentKeystore();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("org.linli", "linli-karaf").type("tar.gz").version(System.getProperty("linli.version")))
                        // Without the Karaf version Pax Exam takes the distribution's own version for
                        // Karaf's and rewrites etc/config.properties in an old layout that cannot boot.
                        .karafVersion(System.getProperty("karaf.version"))
                        .name("Linli")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                // Pax Exam's replaceConfigurationFile loses other files' settings; put line by line.
                // The distribution ships autoRefresh=false, which Pax Exam's own bundles need too:
                // a refreshing boot install would restart pax-logging and never finish.
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port)),
                systemProperty("linli.it.port").value(String.valueOf(port)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", String.valueOf(securePort)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore", keystore.getAbsolutePath()),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.password", KEYSTORE_PASSWORD),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.password", KEYSTORE_PASSWORD),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.alias", "linli"),
                systemProperty("linli.it.https.port").value(String.valueOf(securePort)),
                systemProperty("linli.it.keystore").value(keystore.getAbsolutePath()),
                systemProperty("linli.it.db").value(db),
                systemProperty("linli.it.benchmarks").value(new File("target/benchmarks").getAbsolutePath()),
                systemProperty("linli.bench.scale").value(System.getProperty("linli.bench.scale", "district")),
                systemProperty("linli.bench.warmup").value(System.getProperty("linli.bench.warmup", "5")),
                systemProperty("linli.bench.seconds").value(System.getProperty("linli.bench.seconds", "10")),
                systemProperty("linli.it.repository").value(new File("..").getCanonicalPath()),
                vmOptions(java17Options())));
        for (String file : List.of("users.properties", "org.linli.security.jurisdictions.cfg", "org.linli.security.cfg")) {
            for (Map.Entry<Object, Object> line : devConfig(config, file).entrySet()) {
                options.add(editConfigurationFilePut("etc/" + file, (String) line.getKey(), line.getValue()));
            }
        }
        if (Boolean.getBoolean("linli.it.keep")) {
            // For a look at the container's etc/ and data/log after a failure.
            options.add(keepRuntimeFolder());
        }
        if ("postgresql".equals(db)) {
            String url = System.getProperty("linli.test.pg.url");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("linli.test.db=postgresql needs LINLI_TEST_PG_URL; run ./linli test");
            }
            String user = System.getProperty("linli.test.pg.user", "linli");
            String password = System.getProperty("linli.test.pg.password", "");
            url = freshDatabase(url, user, password);
            // As docs/operations.md sets it up: the test server's user owns the schema and runs the
            // migrations; Linli itself runs as a role that may only read and write rows.
            String file = "etc/org.ops4j.datasource-linli.cfg";
            options.add(editConfigurationFilePut(file, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            options.add(editConfigurationFilePut(file, "url", url));
            options.add(editConfigurationFilePut(file, "user", APPLICATION_ROLE));
            options.add(editConfigurationFilePut(file, "password", APPLICATION_PASSWORD));
            String owner = "etc/org.ops4j.datasource-linli-owner.cfg";
            options.add(editConfigurationFilePut(owner, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            options.add(editConfigurationFilePut(owner, "dataSourceName", "linli-owner"));
            options.add(editConfigurationFilePut(owner, "url", url));
            options.add(editConfigurationFilePut(owner, "user", user));
            options.add(editConfigurationFilePut(owner, "password", password));
            options.add(editConfigurationFilePut("etc/org.linli.database.cfg", "owner.target", "(osgi.jndi.service.name=linli-owner)"));
        }
        return options.toArray(new Option[0]);
    }

    static final String KEYSTORE_PASSWORD = "linli-test-only";

    /** A self-signed certificate for localhost, made with the JDK's keytool as ./linli run does. */
    private static File developmentKeystore() throws IOException, InterruptedException {
        File keystore = new File("target/linli-test-" + System.nanoTime() + ".p12").getAbsoluteFile();
        keystore.getParentFile().mkdirs();
        Process keytool = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/keytool").getPath(),
                "-genkeypair", "-alias", "linli", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-storetype", "PKCS12", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.getPath(), "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool could not make a test certificate");
        }
        return keystore;
    }

    /** An HTTPS client that trusts the container's test certificate and nothing else. */
    protected static HttpClient httpsClient() throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(System.getProperty("linli.it.keystore")))) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A development configuration file of config/dev/etc: the users and their jurisdictions. */
    private static java.util.Properties devConfig(File config, String file) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(new File(config, "dev/etc/" + file).toPath())) {
            properties.load(in);
        }
        return properties;
    }

    /** The options Karaf's own bin/karaf passes on Java 9 and later. */
    private static String[] java17Options() {
        String karaf = System.getProperty("karaf.version");
        return new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "-Xmx" + distributionHeap(),
        };
    }

    /** The heap the distribution's bin/setenv gives Karaf unless LINLI_HEAP says otherwise: the tests run within it. */
    static String distributionHeap() {
        try {
            String setenv = Files.readString(Path.of(System.getProperty("linli.config", "../config"), "dist", "bin", "setenv"),
                    StandardCharsets.UTF_8);
            Matcher heap = Pattern.compile("LINLI_HEAP:-([0-9]+[gm])").matcher(setenv);
            if (!heap.find()) {
                throw new IllegalStateException("config/dist/bin/setenv sets no default LINLI_HEAP");
            }
            return heap.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL role Linli runs as in the tests; the test server's own user owns the schema. */
    protected static final String APPLICATION_ROLE = "linli_app";
    private static final String APPLICATION_PASSWORD = "linli-test-only";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /**
     * Each container starts on a database of its own, made empty here on the test server, so that
     * the migrations run from the beginning and containers never share rows. The first call of a
     * run drops the databases earlier runs left behind. The application's role gets no privilege
     * but to sign in until the migrations grant it.
     */
    static String freshDatabase(String url, String user, String password) throws SQLException {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + url);
        }
        String name = "linli_it_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            if (DATABASES.get() == 1) {
                List<String> old = new ArrayList<>();
                try (java.sql.ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'linli\\_it\\_%'")) {
                    while (rows.next()) {
                        old.add(rows.getString(1));
                    }
                }
                for (String database : old) {
                    statement.execute("DROP DATABASE IF EXISTS " + database);
                }
            }
            statement.execute("CREATE DATABASE " + name);
            statement.execute("DO $$ BEGIN CREATE ROLE " + APPLICATION_ROLE + " LOGIN;"
                    + " EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            statement.execute("ALTER ROLE " + APPLICATION_ROLE + " PASSWORD '" + APPLICATION_PASSWORD + "'");
        }
        return parts.group(1) + name + parts.group(3);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- inside the container ----

    /** A file of the repository this run was started from, such as {@code docs/architecture.md}. */
    protected static Path repository(String first, String... more) {
        return Path.of(System.getProperty("linli.it.repository")).resolve(Path.of(first, more));
    }

    protected static String base() {
        return "http://localhost:" + System.getProperty("linli.it.port");
    }

    protected static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("linli.it.db"));
    }

    /** A number unique within this container's life, to keep codes and ID numbers apart between tests. */
    protected static int serial() {
        return SERIAL.incrementAndGet();
    }

    /** An HTTP answer with its body, parsed as JSON when it is JSON. */
    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The field named by the first error of a problem-details body. */
        public String errorField() {
            return json().path("errors").path(0).path("field").asText(null);
        }

        public String errorCode() {
            return json().path("errors").path(0).path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** {@code user} may also be a whole {@code Bearer <token>} credential, with no password. */
    protected static Answer call(String method, String path, String body, String user, String password) {
        String type = body == null ? null : path.startsWith("/soap") || body.startsWith("<") ? "text/xml; charset=UTF-8" : "application/json";
        return call(method, path, body, type, user, password);
    }

    /** A call with a body of the given media type, and further headers as name, value, name, value… */
    protected static Answer call(String method, String path, String body, String contentType, String user, String password,
                                 String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null && user.startsWith("Bearer ")) {
            request.header("Authorization", user);
        } else if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    protected static Answer get(String path) {
        return call("GET", path, null, "demo", "demo");
    }

    /** GET as one of the development users, whose password is their name. */
    protected static Answer getAs(String user, String path) {
        return call("GET", path, null, user, user);
    }

    protected static Answer postAs(String user, String path, Object body) {
        return call("POST", path, text(body), user, user);
    }

    protected static Answer putAs(String user, String path, Object body) {
        return call("PUT", path, text(body), user, user);
    }

    protected static Answer deleteAs(String user, String path) {
        return call("DELETE", path, null, user, user);
    }

    protected static Answer post(String path, Object body) {
        return call("POST", path, text(body), "demo", "demo");
    }

    protected static Answer put(String path, Object body) {
        return call("PUT", path, text(body), "demo", "demo");
    }

    protected static Answer delete(String path) {
        return call("DELETE", path, null, "demo", "demo");
    }

    private static String text(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Seconds since {@code since}, a {@link System#nanoTime()}. */
    protected static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** An API token the administrator issues for the nodes with these codes ({@code *}: everywhere): its Authorization header. */
    protected static String bearer(String client, List<String> codes, String... scopes) {
        Answer issued = post("/api/v1/tokens", Map.of("client", client, "jurisdictions", codes, "scopes", List.of(scopes)));
        assertEquals(issued.toString(), 201, issued.status());
        return "Bearer " + issued.json().path("secret").asText();
    }

    /** The total of a search, asked with this Authorization header. */
    protected static long total(String authorization, String path) {
        return readAs(authorization, path).path("total").asLong();
    }

    /** A GET that must answer 200, with this Authorization header; its JSON. */
    protected static JsonNode readAs(String authorization, String path) {
        Answer answer = call("GET", path, null, authorization, null);
        assertEquals(answer.toString(), 200, answer.status());
        return answer.json();
    }

    /** The id of the territory node with this code, as the administrator reads it. */
    protected static long nodeId(String code) {
        return get("/api/v1/territory/nodes?code=" + code).json().path("items").path(0).path("id").asLong();
    }

    /** A valid ID number (GB 11643) with the given 17 first digits. */
    protected static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String check = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + check.charAt(sum % 11);
    }

    /** A valid ID number of a man born on 1 March 1980 in Dongcheng, unique within this container. */
    protected static String freshIdNumber() {
        int n = serial();
        String birth = java.time.LocalDate.of(1980, 3, 1).plusDays(n / 500).toString().replace("-", "");
        return idNumber("110101" + birth + String.format("%03d", (n % 500) * 2 + 1));
    }

    /** The same ID number with a wrong check character. */
    protected static String withWrongCheck(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    /**
     * Waits until /health answers UP and both SOAP services are published: the doors start
     * independently of each other.
     */
    /** The SOAP services, each at {@code /soap/<name>}. */
    protected static final List<String> SOAP_SERVICES = List.of("territory", "residents", "organisations", "staff", "codes", "service-desk", "affairs",
            "population", "policy", "grids");

    /** Runs a command in a Karaf console session and returns what it printed. */
    /**
     * Runs a console command as a console user holding the given Karaf roles, as Karaf's command
     * ACLs see them (etc/org.apache.karaf.command.acl.*.cfg): in a thread of its own, under that
     * user's subject, as Karaf's own tests do.
     */
    protected static String shellAs(SessionFactory shells, String command, String... roles) throws Exception {
        return shellAsUser(shells, "karaf", command, roles);
    }

    /** The same, as the console user {@code user}. */
    protected static String shellAsUser(SessionFactory shells, String user, String command, String... roles) throws Exception {
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal(role));
        }
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return thread.submit(() -> javax.security.auth.Subject.doAs(subject,
                    (java.security.PrivilegedExceptionAction<String>) () -> shell(shells, command))).get();
        } finally {
            thread.shutdown();
        }
    }

    protected static String shell(SessionFactory shells, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = shells.create(System.in, print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    protected static JsonNode awaitUp() throws InterruptedException {
        return awaitUp("demo", "demo");
    }

    /**
     * Waits until the doors serve every register: health answers before the registers have all
     * come, and the SOAP services, generated from them, come last.
     */
    protected static JsonNode awaitUp(String user, String password) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        Answer last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = call("GET", "/api/v1/health", null, user, password);
                if (last.status() == 200 && SOAP_SERVICES.stream()
                        .allMatch(service -> call("GET", "/soap/" + service + "?wsdl", null, user, password).status() == 200)) {
                    return last.json();
                }
            } catch (AssertionError e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Linli did not come up: " + last);
    }

    /** Waits for the demonstration district of etc/org.linli.demo.cfg to load; its id. */
    protected static long awaitDemonstrationDistrict() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        long volunteers = 0;
        while (System.currentTimeMillis() < deadline) {
            JsonNode district = get("/api/v1/territory/nodes?code=110101").json().path("items");
            long now = get("/api/v1/volunteers?size=1").json().path("total").asLong();
            if (district.size() == 1 && now > 0 && now == volunteers) {
                return district.get(0).path("id").asLong();
            }
            volunteers = now;
            Thread.sleep(1000);
        }
        throw new AssertionError("the demonstration district did not load");
    }

    /**
     * Binds and waits until the binding has held across a poll of Karaf's file watcher (1 s):
     * bindings made in quick succession are written to etc/ and read back by it, and an older
     * file read back late can stand for a moment over a newer binding.
     */
    protected static void bindAndSettle(String code, String plugin) throws InterruptedException {
        assertEquals(200, put("/api/v1/policy/bindings/" + code, Map.of("plugin", plugin)).status());
        int held = 0;
        for (int i = 0; i < 40 && held < 3; i++) {
            held = plugin.equals(governing(code)) ? held + 1 : 0;
            Thread.sleep(600);
        }
        assertEquals(plugin, governing(code));
    }

    protected static void awaitRules(String plugin, boolean present) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            boolean listed = false;
            for (JsonNode rule : get("/api/v1/policy/rules").json()) {
                listed |= rule.path("plugin").asText().equals(plugin);
            }
            if (listed == present) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("rules of " + plugin + (present ? " did not appear" : " did not go"));
    }

    /** The plugin bound at exactly this territory code (etc/org.linli.policy.bindings.cfg), or "". */
    protected static String governing(String code) {
        for (JsonNode binding : get("/api/v1/policy/bindings").json()) {
            if (binding.path("code").asText().equals(code)) {
                return binding.path("plugin").asText();
            }
        }
        return "";
    }

    protected static final String NS = "http://linli.org/soap/v1";

    /** Calls {@code operation} through a JAX-WS dispatch client made from the service's WSDL. */
    protected static Node invoke(String service, String operation, String parameters) throws Exception {
        return invokeAs("demo", service, operation, parameters);
    }

    /** {@link #invoke} as one of the development users, whose password is their name. */
    protected static Node invokeAs(String user, String service, String operation, String parameters) throws Exception {
        Path wsdl = Files.createTempFile(service, ".wsdl");
        Files.writeString(wsdl, get("/soap/" + service + "?wsdl").body(), StandardCharsets.UTF_8);
        StringBuilder name = new StringBuilder();
        for (String word : service.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        Service client = Service.create(new URL(wsdl.toUri().toString()), new QName(NS, name + "Service"));
        Dispatch<Source> dispatch = client.createDispatch(new QName(NS, name + "Port"), Source.class, Service.Mode.PAYLOAD);
        Map<String, Object> context = dispatch.getRequestContext();
        context.put(BindingProvider.USERNAME_PROPERTY, user);
        context.put(BindingProvider.PASSWORD_PROPERTY, user);
        Source answer = dispatch.invoke(new StreamSource(new StringReader(
                "<ns:" + operation + " xmlns:ns=\"" + NS + "\">" + parameters + "</ns:" + operation + ">")));
        DOMResult dom = new DOMResult();
        TransformerFactory.newInstance().newTransformer().transform(answer, dom);
        return dom.getNode();
    }

    /** The fault's detail as a plain DOM, copied out of the SAAJ tree the client built. */
    protected static Node detail(SOAPFaultException e) throws Exception {
        StringWriter xml = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(
                new DOMSource(e.getFault().getDetail()), new StreamResult(xml));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml.toString())));
    }

    protected static String text(Node node, String xpath) throws Exception {
        return ((String) XPathFactory.newInstance().newXPath().evaluate(xpath, node, XPathConstants.STRING)).strip();
    }
}
