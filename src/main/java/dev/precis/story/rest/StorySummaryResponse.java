package dev.precis.story.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.story.service.StorySummaries;

/** The summary of a story: sentences from its articles, each with the article it comes from. */
@Schema(name = "StorySummary")
public record StorySummaryResponse(
        @Schema(example = "5") long storyId,
        @Schema(description = "The story's version the summary was made from", example = "14") int version,
        @Schema(description = "How many of the story's articles the summary drew on: its latest originals, at most "
                + "precis.stories.summary-articles (50)", example = "8") int articles,
        @Schema(description = "The chosen sentences, by their article's time, then by their place in it") List<SentenceResponse> sentences,
        @Schema(description = "The chosen sentences joined by spaces") String summary) {

    /** A chosen sentence, attributed to its article. */
    @Schema(name = "StorySummarySentence")
    public record SentenceResponse(
            @Schema(description = "The article the sentence comes from", example = "42") long articleId,
            @Schema(description = "Position among that article's sentences, from 0") int index,
            String text,
            @Schema(description = "Offset of the sentence's first character in that article's text") int start,
            @Schema(description = "Offset just past its last character") int end,
            @Schema(description = "Score relative to the best sentence of the story, in [0, 1]") double score) {
    }

    static StorySummaryResponse of(StorySummaries.StorySummary summary) {
        return new StorySummaryResponse(summary.storyId(), summary.version(), summary.articles(), summary.summary().sentences().stream()
                .map(s -> new SentenceResponse(Long.parseLong(s.articleId()), s.index(), s.text(), s.start(), s.end(), s.score()))
                .toList(), summary.summary().text());
    }
}
