package dev.precis.summaries.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.precis.summary.MultiDocumentSummary;

/** A summary of several articles about one event: sentences from them, each with the document it comes from. */
@Schema(name = "DocumentsSummary")
public record DocumentsSummaryResponse(
        @Schema(description = "The chosen sentences, by their document's publishedAt (undated last, then in request order), then by their "
                + "place in it") List<SentenceResponse> sentences,
        @Schema(description = "The chosen sentences joined by spaces") String summary) {

    /** A chosen sentence, attributed to its document. */
    @Schema(name = "DocumentsSummarySentence")
    public record SentenceResponse(
            @Schema(description = "The position of its document in the request's documents, from 0", example = "1") int document,
            @Schema(description = "Position among that document's sentences, from 0") int index,
            String text,
            @Schema(description = "Offset of the sentence's first character in that document's text") int start,
            @Schema(description = "Offset just past its last character") int end,
            @Schema(description = "Score relative to the best sentence, in [0, 1]") double score) {
    }

    static DocumentsSummaryResponse of(MultiDocumentSummary summary) {
        return new DocumentsSummaryResponse(summary.sentences().stream()
                .map(s -> new SentenceResponse(Integer.parseInt(s.articleId()), s.index(), s.text(), s.start(), s.end(), s.score()))
                .toList(), summary.text());
    }
}
