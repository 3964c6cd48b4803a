package dev.precis.benchmark;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the time per article grows with its length: articles 1, 4 and 16 times as long as a
 * development-set article, made by joining consecutive articles. Linear growth means the time per
 * article grows by the same factor as the length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class ArticleLengthBenchmark {

    @Param({Workload.FLOOR, "news-centrality", "textrank", "lexrank", "luhn", "lead"})
    public String pipeline;

    @Param({"1", "4", "16"})
    public int length;

    private Workload workload;

    @Setup
    public void setUp() {
        workload = new Workload(pipeline, length);
    }

    @Benchmark
    public Object summarize(Cursor cursor) {
        return workload.run(cursor.next(workload.size()));
    }
}
