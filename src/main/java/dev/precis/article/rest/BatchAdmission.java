package dev.precis.article.rest;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import dev.precis.PrecisConfig;

/**
 * How many batches this replica writes at once ({@code precis.batch.max-concurrent}). A batch holds
 * its articles, their analyses and summaries and their entities in memory until its answer is
 * written, several megabytes for a hundred news articles; thirty-two at once took a small heap into
 * back-to-back collections with nothing served. Writing them is CPU-bound, so more at once than the
 * cores can work on buys no speed: the batch beyond the limit is refused at once with 503 and
 * {@code Retry-After} (nothing of it written), rather than kept waiting with its body in memory.
 */
@ApplicationScoped
public class BatchAdmission {

    private final Semaphore writing;

    BatchAdmission(PrecisConfig config) {
        writing = new Semaphore(config.batch().maxConcurrent());
    }

    /** Takes a place among the batches being written, if one is free. */
    boolean tryEnter() {
        return writing.tryAcquire();
    }

    /** Gives back the place a {@link #tryEnter} took. */
    void leave() {
        writing.release();
    }
}
