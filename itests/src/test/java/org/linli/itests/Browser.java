package org.linli.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A headless Chromium driven through Debian's {@code chromedriver} by the W3C WebDriver protocol:
 * plain JSON over HTTP, so the browser tests need no client library inside the container. One
 * browser per instance, with a window of the given size and Chinese as its language.
 */
final class Browser implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final String session;

    private Browser(Process driver, String endpoint, String session) {
        this.driver = driver;
        this.session = endpoint + "/session/" + session;
    }

    /** A new browser with a window {@code width} by {@code height} CSS pixels. */
    static Browser start(int width, int height) throws IOException, InterruptedException {
        String chromedriver = System.getProperty("linli.it.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("linli.it.chromium", "/usr/bin/chromium");
        if (!new File(chromedriver).canExecute() || !new File(chromium).canExecute()) {
            throw new IllegalStateException("the console's tests need " + chromium + " and " + chromedriver
                    + " (Debian's chromium and chromium-driver, which ./linli test installs)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(chromedriver, "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String endpoint = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        for (int tries = 0; ; tries++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(endpoint + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                if (tries > 100) {
                    process.destroyForcibly();
                    throw notYet;
                }
            }
            Thread.sleep(100);
        }
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--window-size=" + width + "," + height));
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium's sandbox refuses to run as root, which containers often are.
            arguments.add("--no-sandbox");
        }
        Map<String, Object> chrome = Map.of("binary", chromium, "args", arguments,
                "prefs", Map.of("intl.accept_languages", "zh-CN"));
        Map<String, Object> capabilities = Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", chrome)));
        try {
            JsonNode created = send(http, "POST", endpoint + "/session", capabilities);
            Browser browser = new Browser(process, endpoint, created.path("sessionId").asText());
            browser.resize(width, height);
            return browser;
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    void open(String url) {
        command("POST", "/url", Map.of("url", url));
    }

    String url() {
        return command("GET", "/url", null).asText();
    }

    /** The window's size; headless Chromium's viewport is then the window's. */
    void resize(int width, int height) {
        command("POST", "/window/rect", Map.of("width", width, "height", height));
    }

    /** The first element the CSS selector finds, waiting for one to appear. */
    Element find(String css) {
        return await("an element " + css, () -> first(css));
    }

    /** The first element of {@code css} whose text contains {@code text}, waiting for one. */
    Element find(String css, String text) {
        return await("an element " + css + " with \"" + text + "\"", () -> {
            for (Element element : all(css)) {
                if (element.text().contains(text)) {
                    return element;
                }
            }
            return null;
        });
    }

    Element first(String css) {
        List<Element> found = all(css);
        return found.isEmpty() ? null : found.get(0);
    }

    List<Element> all(String css) {
        List<Element> elements = new ArrayList<>();
        for (JsonNode node : command("POST", "/elements", Map.of("using", "css selector", "value", css))) {
            elements.add(new Element(node.path(ELEMENT).asText()));
        }
        return elements;
    }

    /** Whether no element matches {@code css} now. */
    boolean absent(String css) {
        return all(css).isEmpty();
    }

    /** Runs a script in the page; its {@code return} value comes back as JSON. */
    JsonNode script(String script, Object... arguments) {
        return command("POST", "/execute/sync", Map.of("script", script, "args", List.of(arguments)));
    }

    /** Runs an asynchronous script, whose last argument is the callback that returns its value. */
    JsonNode asyncScript(String script, Object... arguments) {
        return command("POST", "/execute/async", Map.of("script", script, "args", List.of(arguments)));
    }

    /** Waits until {@code what} gives something other than null or false, and returns it. */
    <T> T await(String description, Supplier<T> what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = what.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (StaleElement | NotReady e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + description, e);
            }
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + description + " at " + url()
                + "; the page says: " + script("return document.body.innerText").asText(), last);
    }

    /** A picture of the window as it is, saved as PNG. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(command("GET", "/screenshot", null).asText()));
    }

    @Override
    public void close() {
        try {
            command("DELETE", "", null);
        } catch (RuntimeException ignored) {
            // The driver goes below in any case.
        } finally {
            driver.destroy();
        }
    }

    /** An element of the page, as WebDriver refers to it. */
    final class Element {
        private final String id;

        Element(String id) {
            this.id = id;
        }

        void click() {
            whenReady("/click", Map.of());
        }

        /** Types into the element as a user would, key by key. */
        void type(String text) {
            whenReady("/value", Map.of("text", text));
        }

        /** Acts once the element can take it: a dialog still sliding in, or a mask fading out, is waited for as a user would. */
        private void whenReady(String action, Object body) {
            await(action + " on an element", () -> {
                command("POST", "/element/" + id + action, body);
                return true;
            });
        }

        /** Selects what the element holds and types {@code text} over it, as a user would. */
        void retype(String text) {
            // Control-A, Control released, Backspace: the input events a page listens to, which WebDriver's clear does not send.
            type("\uE009a\uE009\uE003" + text);
        }

        String text() {
            return command("GET", "/element/" + id + "/text", null).asText();
        }

        /** A DOM property, such as {@code value}; null when it has none. */
        String property(String name) {
            JsonNode value = command("GET", "/element/" + id + "/property/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        String attribute(String name) {
            JsonNode value = command("GET", "/element/" + id + "/attribute/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        /** The computed name assistive technology reads for the element. */
        String accessibleName() {
            return command("GET", "/element/" + id + "/computedlabel", null).asText();
        }

        /** The first element inside this one that {@code css} finds, or null. */
        Element inside(String css) {
            JsonNode found = command("POST", "/element/" + id + "/elements", Map.of("using", "css selector", "value", css));
            return found.isEmpty() ? null : new Element(found.get(0).path(ELEMENT).asText());
        }
    }

    /** WebDriver's "stale element reference": the page redrew the element; look it up again. */
    static final class StaleElement extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleElement(String message) {
            super(message);
        }
    }

    /** WebDriver's "element not interactable" or "element click intercepted": the element is there but not yet usable. */
    static final class NotReady extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotReady(String message) {
            super(message);
        }
    }

    private JsonNode command(String method, String path, Object body) {
        return send(http, method, session + path, body);
    }

    private static JsonNode send(HttpClient http, String method, String url, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode value = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                String error = value.path("error").asText();
                if ("stale element reference".equals(error)) {
                    throw new StaleElement(value.path("message").asText());
                }
                if ("element not interactable".equals(error) || "element click intercepted".equals(error)) {
                    throw new NotReady(method + " " + url + ": " + value.path("message").asText());
                }
                throw new AssertionError("WebDriver " + method + " " + url + ": " + error + ": " + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new AssertionError("WebDriver " + method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
