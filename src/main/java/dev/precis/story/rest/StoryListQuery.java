package dev.precis.story.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.precis.PrecisConfig;
import dev.precis.problem.InvalidRequestException;
import dev.precis.story.StoryFilter;
import dev.precis.submission.SearchQuery;
import dev.precis.submission.SubmissionReader;
import dev.precis.submission.SummaryOptionsParser;
import dev.precis.text.Language;

/** The query parameters of the story list, read as text so that a malformed one is a 400 that names it. */
public class StoryListQuery {

    @QueryParam("limit")
    @Parameter(description = "Stories per page, from 1 to precis.pages.max-limit (100 unless configured); default precis.pages.default-limit (20)")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The `next` value of the previous page")
    public String cursor;

    @QueryParam("source")
    @Parameter(description = "Only stories with an article from this source")
    public String source;

    @QueryParam("language")
    @Parameter(description = "Only stories in this language (ISO 639-1 code)", example = "en")
    public String language;

    @QueryParam("since")
    @Parameter(description = "Only stories with their latest article at or after this time (ISO 8601 with offset); an article's time is "
            + "its publishedAt, else when it was stored", example = "2024-05-01T00:00:00Z")
    public String since;

    @QueryParam("until")
    @Parameter(description = "Only stories with their first article before this time (ISO 8601 with offset)", example = "2024-06-01T00:00:00Z")
    public String until;

    @QueryParam("q")
    @Parameter(description = "Only stories with an article matching this full-text query (web search syntax, matched in each article's "
            + "own language as for the article list; at most 500 characters and " + SearchQuery.MAX_WORDS + " words)", example = "flood")
    public String q;

    /** The page size asked for, or the default; within the configured limits. */
    int pageSize(PrecisConfig.Pages pages) {
        Integer asked = SummaryOptionsParser.wholeNumber("limit", limit);
        int size = asked == null ? pages.defaultLimit() : asked;
        if (size < 1 || size > pages.maxLimit()) {
            throw new InvalidRequestException("limit", "must be between 1 and " + pages.maxLimit());
        }
        return size;
    }

    /** The filters, checked. */
    StoryFilter filter() {
        SubmissionReader.rejectUnstorable("source", source);
        String languageCode = null;
        if (language != null && !language.isBlank()) {
            languageCode = Language.byCode(language.strip())
                    .orElseThrow(() -> new InvalidRequestException("language", "must be the ISO 639-1 code of a supported language: " + Language.codes()))
                    .code();
        }
        Instant from = instant("since", since);
        Instant to = instant("until", until);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("until", "must be after since");
        }
        return new StoryFilter(source, languageCode, from, to, SearchQuery.read("q", q));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "must be ISO 8601 with an offset, e.g. 2024-05-03T09:30:00Z");
        }
    }
}
