package org.linli.common.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of one class (its {@code *Jmh} test, run by {@code ./linli bench}) in a
 * JVM of their own and writes each one's score, and its ratio to the class's baseline, to
 * {@code target/benchmarks/jmh-<class>.txt}.
 */
public final class Jmh {
    private Jmh() {
    }

    /** The report; fails when a benchmark did not run. */
    public static String run(Class<?> benchmarks, String baseline) throws RunnerException, IOException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(Pattern.quote(benchmarks.getName()) + "\\.")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build()).run();
        double base = results.stream().filter(result -> result.getParams().getBenchmark().endsWith("." + baseline))
                .mapToDouble(result -> result.getPrimaryResult().getScore()).findFirst()
                .orElseThrow(() -> new AssertionError("the baseline " + baseline + " did not run"));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "JMH %s: one fork, 3 × 1 s warm-up, 5 × 1 s measured, average time per call%n", benchmarks.getSimpleName()));
        for (RunResult run : results) {
            Result<?> result = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            report.append(String.format(Locale.ROOT, "  %-28s %10.1f ± %6.1f %s  %6.2f × %s%n", name.substring(name.lastIndexOf('.') + 1),
                    result.getScore(), result.getScoreError(), result.getScoreUnit(), result.getScore() / base, baseline));
        }
        Path out = Path.of("target", "benchmarks", "jmh-" + benchmarks.getSimpleName() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
        return report.toString();
    }
}
