package dev.precis.summary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary across several articles: the chosen sentences in reading order (by the time of their
 * article, then by their place in it), each with the article it comes from.
 */
public record MultiDocumentSummary(List<AttributedSentence> sentences) {

    /**
     * One chosen sentence: the id of its article, its place among that article's sentences, its
     * character offsets in that article's text ({@code end} exclusive), its text, and its score in [0, 1].
     */
    public record AttributedSentence(String articleId, int index, int start, int end, String text, double score) {
    }

    public MultiDocumentSummary {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return sentences.stream().map(AttributedSentence::text).collect(Collectors.joining(" "));
    }
}
