package dev.precis.article.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.precis.problem.Problem;

/** What became of each article of a batch, in the order of the request. */
@Schema(name = "ArticleBatchResponse")
public record ArticleBatchResponse(List<ItemResult> results) {

    /** The outcome of one item. */
    @Schema(name = "ArticleBatchItemResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(
            @Schema(description = "Position of the item in the request, from 0", example = "0") int index,
            @Schema(description = "created: stored as a new article; duplicate: the text was already stored, id names that article; "
                    + "updated: the article with this externalId (or url) took the new text; invalid: refused, see problem; "
                    + "failed: not stored because of the server (e.g. the database is away), retry it",
                    enumeration = { "created", "duplicate", "updated", "invalid", "failed" }, example = "created") String status,
            @Schema(description = "The stored article's id (absent for invalid and failed items)", example = "42") Long id,
            @Schema(description = "The stored article's externalId") String externalId,
            @Schema(description = "When the stored article last changed") Instant updatedAt,
            @Schema(description = "The stored article's summary text") String summary,
            @Schema(description = "Why an invalid or failed item was not stored") Problem problem) {
    }
}
