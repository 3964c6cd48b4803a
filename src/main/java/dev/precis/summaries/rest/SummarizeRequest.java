package dev.precis.summaries.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.precis.submission.SummaryOptionsInput;

/**
 * An article to summarize without storing it, as text or as an HTML page, with the summary's
 * options as fields of its own; or, in {@code documents}, several articles about one event to
 * summarize together.
 */
@Schema(name = "SummarizeRequest")
public record SummarizeRequest(
        @Schema(description = "The article as plain text; give exactly one of text and html", example = "The central bank raised interest rates on Tuesday. ...") String text,
        @Schema(description = "The article's HTML page; its main text is extracted. Give exactly one of text and html",
                example = "<html><head><title>Rates rise</title></head><body><article><p>The central bank raised interest rates on Tuesday.</p></article></body></html>") String html,
        @Size(max = 1000) @Schema(description = "Headline; for a page, its og:title or title when left out", example = "Central bank raises rates") String title,
        @Size(min = 2, max = 50) @Schema(description = "Two to 50 articles about one event, summarized together instead of one text "
                + "or page: give documents and neither text nor html. Only sentences and maxWords apply to them")
        List<@Valid DocumentInput> documents,
        @JsonUnwrapped SummaryOptionsInput options) {
}
