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
 * Time to summarize one development-set article with each algorithm, and the floor (sentences and
 * words only), on one thread and on two threads sharing one summarizer. One operation is one
 * article; the score is microseconds per article per thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleBenchmark {

    @Param({Workload.FLOOR, "news-centrality", "textrank", "lexrank", "luhn", "lead"})
    public String pipeline;

    private Workload workload;

    @Setup
    public void setUp() {
        workload = new Workload(pipeline, 1);
    }

    @Benchmark
    @Threads(1)
    public Object oneThread(Cursor cursor) {
        return workload.run(cursor.next(workload.size()));
    }

    @Benchmark
    @Threads(2)
    public Object twoThreads(Cursor cursor) {
        return workload.run(cursor.next(workload.size()));
    }
}
