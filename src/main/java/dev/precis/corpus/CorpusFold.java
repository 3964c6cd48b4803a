package dev.precis.corpus;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Folds pending corpus changes into the counters every few moments, on every replica (one at a
 * time), and vacuums the corpus tables after every {@value #VACUUM_AFTER_CHANGES} changes it folds.
 */
@ApplicationScoped
public class CorpusFold {

    private static final Logger LOG = Logger.getLogger(CorpusFold.class);

    /**
     * Each fold deletes the changes it adds up and rewrites a counter row per term, so the corpus
     * tables fill with dead rows at the rate articles are stored. Left to autovacuum, which a
     * database may run late or not at all, they grow without bound and every fold and every
     * look-up slows down with them; vacuumed this often, they stay a few megabytes.
     */
    static final int VACUUM_AFTER_CHANGES = 5_000;

    private final CorpusStatistics statistics;
    private int foldedSinceVacuum;

    CorpusFold(CorpusStatistics statistics) {
        this.statistics = statistics;
    }

    @Scheduled(every = "${precis.corpus.fold-interval}", delayed = "${precis.corpus.fold-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fold() {
        try {
            int folded = statistics.fold();
            if (folded > 0) {
                LOG.debugf("Folded %d corpus changes", folded);
                foldedSinceVacuum += folded;
            }
            if (foldedSinceVacuum >= VACUUM_AFTER_CHANGES) {
                statistics.vacuum();
                foldedSinceVacuum = 0;
            }
        } catch (RuntimeException e) {
            // the database may be away; the changes wait in corpus_change for the next run
            LOG.debugf("Corpus fold skipped: %s", e.getClass().getSimpleName());
        }
    }
}
