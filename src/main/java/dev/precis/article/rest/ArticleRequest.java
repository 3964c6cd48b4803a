package dev.precis.article.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.precis.problem.StrictJson;

import dev.precis.summary.rest.SummaryOptionsRequest;

/** An article to store, as text or as an HTML page, with the options of the summary stored with it. */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(description = "The article as plain text; give exactly one of text and html") String text,
        @Schema(description = "The article's HTML page; its main text is extracted and stored. Give exactly one of text and html") String html,
        @Size(max = 1000) @Schema(description = "Headline; for a page, its og:title or title when left out", example = "Council approves budget") String title,
        @Size(max = 2048) @Schema(description = "For a page, its canonical URL when left out", example = "https://news.example.com/2024/05/budget") String url,
        @Size(max = 200) @Schema(description = "The sender's own id for the article, unique in the store: posting the same externalId "
                + "with a changed text updates the stored article", example = "feed-7:2024-05-03-budget") String externalId,
        @Size(max = 200) @Schema(example = "example-news") String source,
        @Schema(description = "Publication time, ISO 8601 with offset; for a page, its publication time when left out", example = "2024-05-03T09:30:00Z")
        @JsonDeserialize(using = StrictJson.IsoOffsetDateTime.class) OffsetDateTime publishedAt,
        @Schema(description = "Sentences in the summary (default 3)", example = "3") Integer sentences,
        @Schema(description = "Fraction of the article's sentences, in (0, 1]") Double ratio,
        @Schema(description = "Word budget for the summary") Integer maxWords,
        @Schema(description = "news-centrality (default), textrank, lexrank, luhn or lead") String algorithm,
        @Schema(description = "Leave out quotations while enough other sentences remain") Boolean avoidQuotes,
        @Schema(description = "Leave out questions while enough other sentences remain") Boolean avoidQuestions,
        @Schema(description = "How many keywords to store with the summary (default 5)") Integer keywords,
        @Schema(description = "ISO 639-1 code of the article's language; detected when left out", example = "en") String language)
        implements SummaryOptionsRequest {
}
