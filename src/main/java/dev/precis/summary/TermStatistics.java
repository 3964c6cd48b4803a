package dev.precis.summary;

import java.util.Collection;
import java.util.Map;

/**
 * How common terms are across the stored corpus: the number of documents, and for each term the
 * number of documents that contain it. Gives term weights a meaning beyond one article. The
 * engine asks only when a summary needs IDF (keywords, LexRank).
 */
@FunctionalInterface
public interface TermStatistics {

    /** No corpus: term weights then come from the article alone. */
    TermStatistics NONE = terms -> Snapshot.EMPTY;

    /** Corpus size and the document frequencies of the given terms (absent: in no document). */
    Snapshot lookup(Collection<String> terms);

    /** Figures read at one moment. */
    record Snapshot(long documents, Map<String, Long> documentFrequencies) {
        public static final Snapshot EMPTY = new Snapshot(0, Map.of());
    }
}
