package dev.precis.corpus;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Folds pending corpus changes into the counters every few moments, on every replica (one at a time). */
@ApplicationScoped
public class CorpusFold {

    private static final Logger LOG = Logger.getLogger(CorpusFold.class);

    private final CorpusStatistics statistics;

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
            }
        } catch (RuntimeException e) {
            // the database may be away; the changes wait in corpus_change for the next run
            LOG.debugf("Corpus fold skipped: %s", e.getClass().getSimpleName());
        }
    }
}
