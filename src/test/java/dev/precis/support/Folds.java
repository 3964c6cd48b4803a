package dev.precis.support;

import java.time.Duration;

import org.awaitility.Awaitility;

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
        Awaitility.await("the scheduled fold to let go of the lock").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20)).until(() -> statistics.fold() >= 0);
    }
}
