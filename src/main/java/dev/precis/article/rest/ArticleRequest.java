package dev.precis.article.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.precis.problem.StrictJson;
import dev.precis.submission.SummaryOptionsInput;

/** An article to store, as text or as an HTML page, with the options of the summary stored with it as fields of its own. */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(description = "The article as plain text; give exactly one of text and html") String text,
        @Schema(description = "The article's HTML page; its main text is extracted and stored. Give exactly one of text and html") String html,
        @Size(max = MAX_TITLE) @Schema(description = "Headline; for a page, its og:title or title when left out", example = "Council approves budget") String title,
        @Size(max = MAX_URL) @Schema(description = "For a page, its canonical URL when left out", example = "https://news.example.com/2024/05/budget") String url,
        @Size(max = 200) @Schema(description = "The sender's own id for the article, unique in the store: posting the same externalId "
                + "with a changed text updates the stored article", example = "feed-7:2024-05-03-budget") String externalId,
        @Size(max = 200) @Schema(example = "example-news") String source,
        @Schema(description = "Publication time, ISO 8601 with offset; for a page, its publication time when left out", example = "2024-05-03T09:30:00Z")
        @JsonDeserialize(using = StrictJson.IsoOffsetDateTime.class) OffsetDateTime publishedAt,
        @JsonUnwrapped SummaryOptionsInput options) {

    /** The longest title and url stored; a page's own that are longer are cut or left out (see {@link ArticleRequestReader}). */
    static final int MAX_TITLE = 1000;
    static final int MAX_URL = 2048;
}
