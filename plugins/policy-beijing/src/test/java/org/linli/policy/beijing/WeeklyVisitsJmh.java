package org.linli.policy.beijing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.linli.common.jmh.Jmh;
import org.linli.policy.spi.Outcome;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.staff.Visit;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A microbenchmark, run by {@code ./linli bench}: BJ-08 (a day of household visits a week) judged
 * over a community of 20 cadres and a year of their visits, three days a week each (3,120
 * visits), against reading the same rows once, the fields the rule reads of each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WeeklyVisitsJmh {
    private final WeeklyVisits rule = new WeeklyVisits();
    private final TestFacts facts = new TestFacts(Fixtures.AS_OF);
    private TestParameters parameters;

    @Setup
    public void aYearOfVisits() {
        for (int w = 0; w < 20; w++) {
            Worker worker = new Worker();
            worker.setId(Fixtures.id());
            worker.setName("干部" + w);
            worker.setCommunityId(1L);
            worker.setPost("full-time-worker");
            worker.setHiredOn(LocalDate.of(2020, 1, 1));
            worker.setStatus(WorkerStatus.ACTIVE);
            facts.workers.add(worker);
            for (LocalDate day = Fixtures.AS_OF.minusWeeks(52); day.isBefore(Fixtures.AS_OF); day = day.plusDays(7)) {
                for (int d : new int[] {0, 2, 4}) {
                    Visit visit = new Visit();
                    visit.setId(Fixtures.id());
                    visit.setWorkerId(worker.getId());
                    visit.setVisitedOn(day.plusDays(d + w % 2));
                    visit.setPurpose("routine");
                    facts.visits.add(visit);
                }
            }
        }
        parameters = new TestParameters(rule);
        if (rule.evaluate(facts, parameters).size() != 20) {
            throw new IllegalStateException("one verdict per cadre expected");
        }
    }

    /** The baseline: each worker and each visit read once, the fields the rule reads. */
    @Benchmark
    public long readTheRows() {
        long seen = 0;
        for (Worker worker : facts.workers()) {
            seen += worker.getId() + worker.getPost().length() + worker.getHiredOn().getDayOfYear() + worker.getStatus().ordinal();
        }
        for (Visit visit : facts.visits()) {
            seen += visit.getWorkerId() + visit.getVisitedOn().getDayOfYear();
        }
        return seen;
    }

    @Benchmark
    public List<Outcome> evaluate() {
        return rule.evaluate(facts, parameters);
    }

    @Test
    public void run() throws Exception {
        Jmh.run(WeeklyVisitsJmh.class, "readTheRows");
    }
}
