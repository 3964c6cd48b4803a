package dev.precis.support;

import dev.precis.corpus.CorpusStatistics;

/** Folding the pending corpus changes from a test, where the scheduled fold may run at the same moment. */
public final class Folds {

    private Folds() {
    }

    /**
     * Folds what is pending. When the scheduled fold holds the lock (and may have taken the test's
     * changes), waits until it has committed them and folds again.
     */
    public static void foldAll(CorpusStatistics statistics) {
        while (statistics.fold() < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the scheduled fold", e);
            }
        }
    }
}
