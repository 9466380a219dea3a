package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Linli reads the time from one place, the {@code Clock} service of linli-common, so that every
 * "today" of the platform and its plugins is the same day in the district's zone and a test can
 * fix it. No main source of a bundle or plugin asks the system clock itself, but the service.
 */
public class OneClockTest {
    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)|Clock\\.system(UTC|DefaultZone)?\\(");
    /** Where the system clock may be read, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "core-bundles/common/src/main/java/org/linli/common/internal/DistrictClock.java", "the clock service itself");

    @Test
    public void onlyTheClockServiceReadsTheSystemClock() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (String parent : List.of("core-bundles", "plugins")) {
            try (Stream<Path> files = Files.walk(RepositoryTest.ROOT.resolve(parent))) {
                files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/java/"))
                        .forEach(sources::add);
            }
        }
        assertTrue("the main sources are read", sources.size() > 300);
        for (Path source : sources) {
            String relative = RepositoryTest.ROOT.relativize(source).toString();
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (SYSTEM_TIME.matcher(lines.get(i)).find() && !ALLOWED.containsKey(relative)) {
                    found.add(relative + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertEquals("reads of the system clock outside the Clock service", List.of(), found);
    }
}
