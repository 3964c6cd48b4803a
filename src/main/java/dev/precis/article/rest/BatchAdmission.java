package dev.precis.article.rest;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;

/**
 * How many batches this replica writes at once ({@code precis.batch.max-concurrent}), and how many
 * wait for their turn ({@code precis.batch.max-waiting}, each at most
 * {@code precis.batch.max-wait}). A batch holds its articles, their analyses and summaries and their
 * entities in memory until its answer is written, several megabytes for a hundred news articles;
 * thirty-two at once took a small heap into back-to-back collections with nothing served. Writing
 * them is CPU-bound, so more at once than the cores can work on buys no speed. A batch waiting for
 * its turn holds only its request; one that finds the queue full, or waits past its time, is
 * answered 503 with {@code Retry-After}, nothing of it written.
 */
@ApplicationScoped
public class BatchAdmission {

    private final Semaphore writing;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxWaiting;
    private final long maxWaitNanos;

    BatchAdmission(PrecisConfig config) {
        writing = new Semaphore(config.batch().maxConcurrent(), true);
        maxWaiting = config.batch().maxWaiting();
        maxWaitNanos = config.batch().maxWait().toNanos();
    }

    /** Takes a place among the batches being written: at once if one is free, else after waiting in the queue if it has room. */
    boolean tryEnter() {
        if (writing.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return writing.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How many batches wait for their turn now. */
    int waiting() {
        return waiting.get();
    }

    /** Gives back the place a {@link #tryEnter} took. */
    void leave() {
        writing.release();
    }
}
