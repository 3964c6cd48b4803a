package dev.precis.submission;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.precis.PrecisConfig;
import dev.precis.problem.InvalidRequestException;
import dev.precis.text.Language;

/**
 * The query parameters the paged lists share (the article list, the story list), read from their
 * text so that a malformed one is a 400 that names it. Each list keeps its own parameter
 * descriptions: the same filter can mean something else of a story than of an article.
 */
public final class ListParameters {

    /** The filters of a list, checked: blank ones are {@code null}. */
    public record Filters(String source, String language, Instant since, Instant until, String query) {
    }

    private ListParameters() {
    }

    /** The page size asked for in {@code limit}, or the default; within the configured limits. */
    public static int pageSize(String limit, PrecisConfig.Pages pages) {
        Integer asked = SummaryOptionsParser.wholeNumber("limit", limit);
        int size = asked == null ? pages.defaultLimit() : asked;
        if (size < 1 || size > pages.maxLimit()) {
            throw new InvalidRequestException("limit", "must be between 1 and " + pages.maxLimit());
        }
        return size;
    }

    /** The filters {@code source}, {@code language}, {@code since}, {@code until} and {@code q}, checked in that order. */
    public static Filters filters(String source, String language, String since, String until, String q) {
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
        return new Filters(source, languageCode, from, to, SearchQuery.read("q", q));
    }

    /** A time a query parameter gives: ISO 8601 with an offset; {@code null} when blank. */
    public static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "must be ISO 8601 with an offset, e.g. 2024-05-03T09:30:00Z");
        }
    }

    private static Instant instant(String name, String value) {
        OffsetDateTime time = time(name, value);
        return time == null ? null : time.toInstant();
    }
}
