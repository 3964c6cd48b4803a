package dev.precis.summary.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to summarize without storing it, as text or as an HTML page, with the summary's options. */
@Schema(name = "SummarizeRequest")
public record SummarizeRequest(
        @Schema(description = "The article as plain text; give exactly one of text and html", example = "The central bank raised interest rates on Tuesday. ...") String text,
        @Schema(description = "The article's HTML page; its main text is extracted. Give exactly one of text and html",
                example = "<html><head><title>Rates rise</title></head><body><article><p>The central bank raised interest rates on Tuesday.</p></article></body></html>") String html,
        @Size(max = 1000) @Schema(description = "Headline; for a page, its og:title or title when left out", example = "Central bank raises rates") String title,
        @Schema(description = "Sentences in the summary (default 3); give at most one of sentences, ratio, maxWords", example = "3") Integer sentences,
        @Schema(description = "Fraction of the article's sentences, in (0, 1]", example = "0.3") Double ratio,
        @Schema(description = "Word budget for the summary", example = "80") Integer maxWords,
        @Schema(description = "news-centrality (default), textrank, lexrank, luhn or lead", example = "news-centrality") String algorithm,
        @Schema(description = "Leave out quotations while enough other sentences remain", example = "false") Boolean avoidQuotes,
        @Schema(description = "Leave out questions while enough other sentences remain", example = "false") Boolean avoidQuestions,
        @Schema(description = "How many keywords to return (default 5, 0 for none)", example = "5") Integer keywords,
        @Schema(description = "ISO 639-1 code of the article's language; detected when left out", example = "en") String language)
        implements SummaryOptionsRequest {
}
