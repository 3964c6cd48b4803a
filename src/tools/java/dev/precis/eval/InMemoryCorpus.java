package dev.precis.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.precis.summary.Summarizer;
import dev.precis.summary.TermStatistics;
import dev.precis.text.Language;

/**
 * Document frequencies of a set of articles held in memory, counted per detected language the way
 * storing the articles counts them: the stored corpus as the evaluation and the benchmarks see it,
 * without a database.
 */
public final class InMemoryCorpus implements TermStatistics {

    private final Summarizer summarizer;
    private final Map<String, Map<String, Long>> frequencies = new HashMap<>();
    private final Map<String, Long> documents = new HashMap<>();

    public InMemoryCorpus(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    /** Counts one more article, as storing it would. */
    public InMemoryCorpus add(String title, String text) {
        Language language = summarizer.detectLanguage(text).orElse(summarizer.fallbackLanguage());
        documents.merge(language.code(), 1L, Long::sum);
        Map<String, Long> counts = frequencies.computeIfAbsent(language.code(), code -> new HashMap<>());
        for (String term : summarizer.documentTerms(title, text, language)) {
            counts.merge(term, 1L, Long::sum);
        }
        return this;
    }

    @Override
    public Snapshot lookup(String language, Collection<String> terms) {
        Map<String, Long> counts = frequencies.getOrDefault(language, Map.of());
        // sized for every term at once, as the service's corpus statistics size it
        Map<String, Long> found = new HashMap<>(terms.size() * 2);
        for (String t : terms) {
            Long df = counts.get(t);
            if (df != null) {
                found.put(t, df);
            }
        }
        return new Snapshot(documents.getOrDefault(language, 0L), found);
    }
}
