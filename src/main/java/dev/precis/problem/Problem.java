package dev.precis.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: the body of every error response, as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "text must not be blank") String detail,
        @Schema(example = "/api/v1/summaries") String instance,
        @Schema(description = "The invalid fields of a rejected request") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request and what is wrong with it. */
    public record FieldError(@Schema(example = "sentences") String field, @Schema(example = "must be between 1 and 100") String message) {
    }
}
