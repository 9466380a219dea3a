package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The repository stands on its own: a clone with nothing beside it builds, passes and reads
 * whole. Nothing in the build, the tests, the scripts or the docs names a path above the
 * repository root, and every relative link of the Markdown files leads to a file in it.
 */
public class RepositoryTest {
    /** The repository root, seen from the itests module where this test runs. */
    static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    /** Folders that the build or an editor makes, not part of the repository. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", ".idea", ".vscode");
    private static final Set<String> TEXT = Set.of("java", "xml", "md", "cfg", "properties", "sh", "sql", "json", "yml", "yaml",
            "txt", "html", "js", "mjs", "ts", "vue", "css", "csv");
    /** A relative path that climbs: one or more {@code ../}, then what follows them. */
    private static final Pattern CLIMB = Pattern.compile("(?<![\\w.])((?:\\.\\./)+[\\w.\\-/]*)");
    /** A Markdown link or image, {@code [text](target)} with an optional title. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    /** Strings that look like a climbing path and are none: hostile input sent to the doors. */
    private static final Set<String> NOT_PATHS = Set.of("itests/src/test/java/org/linli/itests/HostileInputIT.java " + "../".repeat(2) + "etc/passwd");

    @Test
    public void theRootIsLinlisRepository() throws IOException {
        assertTrue(ROOT + " holds Linli's pom.xml",
                Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8).contains("<artifactId>linli</artifactId>"));
        assertTrue(Files.isDirectory(ROOT.resolve("core-bundles")) && Files.isRegularFile(ROOT.resolve("linli")));
    }

    @Test
    public void noFileNamesAPathAboveTheRoot() {
        assertEquals("paths above the repository root (file:line path)", List.of(), climbingPaths(files()));
    }

    @Test
    public void everyMarkdownLinkResolvesInsideTheRepository() {
        List<Path> markdown = files().stream().filter(f -> f.toString().endsWith(".md")).toList();
        assertTrue("README.md, CONTRIBUTING.md and docs/ are read", markdown.contains(ROOT.resolve("README.md"))
                && markdown.contains(ROOT.resolve("CONTRIBUTING.md")) && markdown.stream().anyMatch(f -> f.startsWith(ROOT.resolve("docs"))));
        assertEquals("links that lead nowhere in the repository (file:line target)", List.of(), brokenLinks(markdown));
    }

    @Test
    public void theChecksSeeWhatTheyLookFor() throws IOException {
        Path module = Files.createTempDirectory(ROOT.resolve("itests/target"), "repository-check");
        try {
            Files.writeString(module.resolve("pom.xml"), "<project/>");
            Path java = Files.createDirectories(module.resolve("src/test/java")).resolve("T.java");
            // From the module folder, itests/target/<dir>, four levels up is above the root; three are not.
            // The paths are built, not written out, so that this file does not trip the check itself.
            String above = "../".repeat(4) + "shared/seeds";
            Files.writeString(java, "Paths.get(\"" + above + "\"); Paths.get(\"" + "../".repeat(3) + "config\");\n");
            Path doc = module.resolve("notes.md");
            String out = "../".repeat(4) + "x.md";
            String readme = "../".repeat(3) + "README.md";
            Files.writeString(doc, "# Notes: the `first` one\n[in](" + readme + ") [out](" + out + ") [missing](nothing.md#a) [web](https://linli.org)\n"
                    + "[heading](" + readme + "#two-commands) [no heading](" + readme + "#three-commands) [here](#notes-the-first-one) [not here](#notes)\n"
                    + "```\n[in code](nowhere.md)\n# not a heading\n```\n");
            assertEquals(List.of(where(java, 1, above)), climbingPaths(List.of(java)));
            assertEquals(List.of(where(doc, 2, out), where(doc, 2, "nothing.md#a"), where(doc, 3, readme + "#three-commands"),
                    where(doc, 3, "#notes")), brokenLinks(List.of(doc)));
        } finally {
            try (Stream<Path> made = Files.walk(module)) {
                made.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Each relative path that climbs out of the root, resolved from the file's module (from its folder for Markdown). */
    private static List<String> climbingPaths(List<Path> files) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            Path base = file.toString().endsWith(".md") ? file.getParent() : module(file);
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher climb = CLIMB.matcher(lines.get(i));
                while (climb.find()) {
                    String path = climb.group(1);
                    if (!base.resolve(path).normalize().startsWith(ROOT) && !NOT_PATHS.contains(ROOT.relativize(file) + " " + path)) {
                        found.add(where(file, i + 1, path));
                    }
                }
            }
        }
        return found;
    }

    /** Each link outside fenced code that is not a web or mail address and names no file, or no heading, of the repository. */
    private static List<String> brokenLinks(List<Path> markdown) {
        List<String> broken = new ArrayList<>();
        for (Path file : markdown) {
            List<String> lines = lines(file);
            boolean code = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).stripLeading().startsWith("```")) {
                    code = !code;
                    continue;
                }
                Matcher link = LINK.matcher(lines.get(i));
                while (!code && link.find()) {
                    String target = link.group(1);
                    if (target.matches("^(https?|mailto):.*")) {
                        continue;
                    }
                    int hash = target.indexOf('#');
                    Path resolved = hash == 0 ? file : file.getParent().resolve(hash < 0 ? target : target.substring(0, hash)).normalize();
                    boolean found = resolved.startsWith(ROOT) && Files.exists(resolved);
                    if (found && hash >= 0 && resolved.toString().endsWith(".md")) {
                        found = anchors(resolved).contains(target.substring(hash + 1));
                    }
                    if (!found) {
                        broken.add(where(file, i + 1, target));
                    }
                }
            }
        }
        return broken;
    }

    /** The anchors of a Markdown file's headings, as GitHub makes them: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path markdown) {
        Set<String> anchors = new HashSet<>();
        boolean code = false;
        for (String line : lines(markdown)) {
            if (line.stripLeading().startsWith("```")) {
                code = !code;
            } else if (!code && line.matches("^#{1,6} .*")) {
                anchors.add(line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** The nearest folder above the file with a pom.xml: where Maven runs its build and tests. */
    private static Path module(Path file) {
        Path dir = file.getParent();
        while (!dir.equals(ROOT) && !Files.isRegularFile(dir.resolve("pom.xml"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static String where(Path file, int line, String what) {
        return ROOT.relativize(file) + ":" + line + " " + what;
    }

    /** The repository's text files: sources, build files, configuration, docs and the scripts. */
    private static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> ROOT.relativize(p).toString().isEmpty() || !isSkipped(p))
                    .filter(Files::isRegularFile)
                    .filter(RepositoryTest::isText)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSkipped(Path path) {
        for (Path part : ROOT.relativize(path)) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        // Files without an extension are the scripts: linli, .ci/run.
        return dot < 0 || TEXT.contains(name.substring(dot + 1)) || name.equals(".gitignore");
    }

    private static List<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
