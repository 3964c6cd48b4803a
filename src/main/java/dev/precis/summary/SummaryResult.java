package dev.precis.summary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A summary as the engine produces it: chosen sentences in article order, keywords, facts about the
 * article (its language and whether it was detected, its sentences and words once noise was taken
 * out, and how many pieces of each kind of noise were taken out, by {@link dev.precis.text.NoiseKind#id()}),
 * its distinct terms in the order they first occur (what storing the article adds to the corpus statistics),
 * and its title: the one given, or the headline its text opens with ({@code titleDetected}), or {@code null}.
 */
public record SummaryResult(List<ScoredSentence> sentences, List<Keyword> keywords, String algorithm, String language,
        boolean languageDetected, int sentenceCount, int wordCount, Map<String, Integer> cleaning, List<String> documentTerms,
        String title, boolean titleDetected) {

    public String summaryText() {
        return sentences.stream().map(ScoredSentence::text).collect(Collectors.joining(" "));
    }
}
