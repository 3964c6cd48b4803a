package dev.precis.summaries.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.precis.problem.StrictJson;

/** One of several articles about one event, summarized together. */
@Schema(name = "SummaryDocument")
public record DocumentInput(
        @NotNull @Schema(description = "The article as plain text", example = "The river burst its banks on Sunday night. ...") String text,
        @Size(max = 1000) @Schema(description = "Its headline", example = "River floods the old town") String title,
        @JsonDeserialize(using = StrictJson.IsoOffsetDateTime.class)
        @Schema(description = "When it was published (ISO 8601 with offset): the summary's sentences are in the order of their articles' "
                + "times, undated ones last", example = "2024-05-03T09:30:00Z") OffsetDateTime publishedAt) {
}
