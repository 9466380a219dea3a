package org.linli.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * The benchmarks, run by {@code ./linli bench} and by no other command: the boot of the
 * distribution first, while nothing else runs, then the others in one Karaf container per
 * database, the import first: the evaluation and the load on the REST door read the city it stored.
 */
@RunWith(Suite.class)
@SuiteClasses({
    BootBenchmark.class,
    RecordSearchBenchmark.class,
    ImportBenchmark.class,
    EvaluationBenchmark.class,
    LoadBenchmark.class,
})
public class Benchmarks {
}
