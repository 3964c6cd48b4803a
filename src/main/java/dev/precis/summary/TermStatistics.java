package dev.precis.summary;

import java.util.Collection;
import java.util.Map;

/**
 * How common terms are across the stored corpus of one language: the number of documents, and for
 * each term the number of documents that contain it. Gives term weights a meaning beyond one
 * article. The engine asks only when a summary needs IDF (keywords, LexRank, the default's choice
 * of a short summary).
 */
@FunctionalInterface
public interface TermStatistics {

    /** No corpus: term weights then come from the article alone. */
    TermStatistics NONE = (language, terms) -> Snapshot.EMPTY;

    /** Corpus size of the language (ISO 639-1) and the document frequencies of the given terms (absent: in no document). */
    Snapshot lookup(String language, Collection<String> terms);

    /** Figures read at one moment. */
    record Snapshot(long documents, Map<String, Long> documentFrequencies) {
        public static final Snapshot EMPTY = new Snapshot(0, Map.of());
    }
}
