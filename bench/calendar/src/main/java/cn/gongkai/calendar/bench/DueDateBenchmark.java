package cn.gongkai.calendar.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import cn.gongkai.calendar.Due;
import cn.gongkai.calendar.Pause;
import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;

/**
 * 1,000,000 due dates per operation through the calendar's public API: working-day periods of 1
 * to 40 days from random starts between 2016-01-01 and 2026-09-30 (so no period runs into 2027,
 * which has no notice yet), one in five with a clock pause of 1 to 10 days starting within the
 * first 10 days. The score is the time for the whole million.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class DueDateBenchmark {

    static final int COMPUTATIONS = 1_000_000;

    private WorkingCalendar calendar;
    private LocalDate[] starts;
    private Period[] periods;
    private List<Pause>[] pauses;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        calendar = WorkingCalendar.fromShippedData();
        Period[] byLength = new Period[41];
        for (int n = 1; n <= 40; n++) {
            byLength[n] = new Period.WorkingDays(n);
        }
        Random random = new Random(20240927L);
        long first = LocalDate.of(2016, 1, 1).toEpochDay();
        int span = (int) (LocalDate.of(2026, 9, 30).toEpochDay() - first + 1);
        starts = new LocalDate[COMPUTATIONS];
        periods = new Period[COMPUTATIONS];
        pauses = new List[COMPUTATIONS];
        for (int i = 0; i < COMPUTATIONS; i++) {
            starts[i] = LocalDate.ofEpochDay(first + random.nextInt(span));
            periods[i] = byLength[1 + random.nextInt(40)];
            if (random.nextInt(5) == 0) {
                LocalDate from = starts[i].plusDays(1 + random.nextInt(10));
                pauses[i] = List.of(new Pause(from, from.plusDays(random.nextInt(10))));
            }
            else {
                pauses[i] = List.of();
            }
        }
    }

    /** One operation = 1,000,000 due dates; returns a checksum so nothing is optimised away. */
    @Benchmark
    public long millionDueDates() {
        long checksum = 0;
        for (int i = 0; i < COMPUTATIONS; i++) {
            Due due = calendar.due(periods[i], starts[i], pauses[i]);
            checksum += due.date().toEpochDay();
        }
        return checksum;
    }
}
