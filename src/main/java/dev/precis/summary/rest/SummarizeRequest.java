package dev.precis.summary.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to summarize without storing it, with the summary's options. */
@Schema(name = "SummarizeRequest")
public record SummarizeRequest(
        @NotBlank @Schema(required = true, example = "The central bank raised interest rates on Tuesday. ...") String text,
        @Size(max = 1000) @Schema(example = "Central bank raises rates") String title,
        @Schema(description = "Sentences in the summary (default 3); give at most one of sentences, ratio, maxWords", example = "3") Integer sentences,
        @Schema(description = "Fraction of the article's sentences, in (0, 1]", example = "0.3") Double ratio,
        @Schema(description = "Word budget for the summary", example = "80") Integer maxWords,
        @Schema(description = "news-centrality (default), textrank, lexrank, luhn or lead", example = "news-centrality") String algorithm,
        @Schema(description = "Leave out quotations while enough other sentences remain", example = "false") Boolean avoidQuotes,
        @Schema(description = "Leave out questions while enough other sentences remain", example = "false") Boolean avoidQuestions,
        @Schema(description = "How many keywords to return (default 5, 0 for none)", example = "5") Integer keywords) implements SummaryOptionsRequest {
}
