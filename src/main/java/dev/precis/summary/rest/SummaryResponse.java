package dev.precis.summary.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.summary.SummaryResult;

/** A summary as the API returns it, whether just computed or stored with an article. */
@Schema(name = "Summary")
public record SummaryResponse(
        @Schema(description = "Chosen sentences in article order") List<SentenceResponse> sentences,
        @Schema(description = "The chosen sentences joined by a space") String summary,
        @Schema(example = "news-centrality") String algorithm,
        @Schema(example = "en") String language,
        Stats stats,
        @Schema(description = "Words that characterize the article, best first, weight relative to the first") List<KeywordResponse> keywords) {

    @Schema(name = "Keyword")
    public record KeywordResponse(@Schema(example = "budget") String word, @Schema(example = "1.0") double weight) {
    }

    @Schema(name = "SummarySentence")
    public record SentenceResponse(
            @Schema(description = "Position of the sentence among the article's sentences, from 0") int index,
            String text,
            @Schema(description = "Offset of the sentence's first character in the submitted text") int start,
            @Schema(description = "Offset just after the sentence's last character") int end,
            @Schema(description = "Relative score, 1 for the best sentence of the article") double score) {
    }

    @Schema(name = "SummaryStats")
    public record Stats(
            @Schema(description = "Sentences in the article") int sentenceCount,
            @Schema(description = "Words in the article") int wordCount) {
    }

    public static SummaryResponse of(SummaryResult result) {
        List<SentenceResponse> sentences = result.sentences().stream()
                .map(s -> new SentenceResponse(s.index(), s.text(), s.start(), s.end(), s.score()))
                .toList();
        List<KeywordResponse> keywords = result.keywords().stream().map(k -> new KeywordResponse(k.word(), k.weight())).toList();
        return new SummaryResponse(sentences, result.summaryText(), result.algorithm(), result.language(),
                new Stats(result.sentenceCount(), result.wordCount()), keywords);
    }
}
