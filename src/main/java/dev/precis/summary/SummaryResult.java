package dev.precis.summary;

import java.util.List;
import java.util.stream.Collectors;

/** A summary as the engine produces it: chosen sentences in article order, and facts about the article. */
public record SummaryResult(List<ScoredSentence> sentences, String algorithm, String language, int sentenceCount, int wordCount) {

    public String summaryText() {
        return sentences.stream().map(ScoredSentence::text).collect(Collectors.joining(" "));
    }
}
