package org.linli.residents;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.linli.common.ValidationException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A microbenchmark, run by {@code ./linli bench}: the check of an ID number that every resident
 * written or imported passes (GB 11643: length, digits, province, birth date, check character),
 * against its MOD 11-2 check character alone, over the same numbers. A wrong number costs a
 * {@link ValidationException}, measured too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdNumberJmh {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final String[] valid = new String[1024];
    private final String[] wrong = new String[1024];
    private int next;

    @Setup
    public void numbers() {
        java.util.Random random = new java.util.Random(20261207);
        for (int i = 0; i < valid.length; i++) {
            String first17 = String.format("110101%04d%02d%02d%03d", 1940 + random.nextInt(80), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(1000));
            char check = ResidentIdNumber.checkCharacter(first17);
            valid[i] = first17 + check;
            wrong[i] = first17 + (check == '0' ? '1' : '0');
            ResidentIdNumber.parse("idNumber", valid[i], TODAY);
        }
    }

    /** The baseline: the check character alone, compared. */
    @Benchmark
    public boolean checkCharacterAlone() {
        String id = valid[next++ & 1023];
        return ResidentIdNumber.checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    @Benchmark
    public ResidentIdNumber parseValid() {
        return ResidentIdNumber.parse("idNumber", valid[next++ & 1023], TODAY);
    }

    @Benchmark
    public Object parseWrongCheckCharacter() {
        try {
            return ResidentIdNumber.parse("idNumber", wrong[next++ & 1023], TODAY);
        } catch (ValidationException e) {
            return e;
        }
    }

    @Test
    public void run() throws Exception {
        org.linli.common.jmh.Jmh.run(IdNumberJmh.class, "checkCharacterAlone");
    }
}
