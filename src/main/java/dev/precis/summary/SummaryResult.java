package dev.precis.summary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary as the engine produces it: chosen sentences in article order, keywords, facts about the
 * article, and its distinct terms (what storing the article adds to the corpus statistics).
 */
public record SummaryResult(List<ScoredSentence> sentences, List<Keyword> keywords, String algorithm, String language,
        int sentenceCount, int wordCount, List<String> documentTerms) {

    public String summaryText() {
        return sentences.stream().map(ScoredSentence::text).collect(Collectors.joining(" "));
    }
}
