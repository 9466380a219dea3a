package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runners.Suite.SuiteClasses;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * No integration suite is left out of the run: each {@code *IT} either shares the container of
 * {@link AllIT} (listed there, {@code PerSuite}) or boots its own in the pom's
 * {@code linli.it.apart} executions, or the browser's {@code linli.it.browser} ({@code PerClass}),
 * never both and never neither.
 */
public class SuitesTest {
    @Test
    public void everySuiteRunsInTheSharedContainerOrApart() throws IOException, ClassNotFoundException {
        Set<String> suites;
        try (Stream<Path> files = Files.list(RepositoryTest.ROOT.resolve("itests/src/test/java/org/linli/itests"))) {
            suites = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("IT.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length())).filter(name -> !name.equals("AllIT"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> shared = Arrays.stream(AllIT.class.getAnnotation(SuiteClasses.class).value()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        String pom = Files.readString(RepositoryTest.ROOT.resolve("itests/pom.xml"), StandardCharsets.UTF_8);
        Set<String> apart = new TreeSet<>();
        for (String property : List.of("linli.it.apart", "linli.it.browser")) {
            Matcher value = Pattern.compile("<" + property + ">([^<]*)</" + property + ">").matcher(pom);
            assertTrue(property, value.find());
            apart.addAll(List.of(value.group(1).split(",")));
        }

        Set<String> both = new TreeSet<>(shared);
        both.retainAll(apart);
        assertEquals("in AllIT and apart at once", Set.of(), both);
        Set<String> listed = new TreeSet<>(shared);
        listed.addAll(apart);
        assertEquals("every suite, in AllIT or apart", suites, listed);
        for (String suite : suites) {
            Class<?> strategy = Class.forName("org.linli.itests." + suite).getAnnotation(ExamReactorStrategy.class).value()[0];
            assertEquals(suite, shared.contains(suite) ? PerSuite.class : PerClass.class, strategy);
        }
    }
}
