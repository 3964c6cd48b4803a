package dev.precis.article.rest;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.precis.PrecisConfig;
import dev.precis.article.ArticleFilter;
import dev.precis.problem.InvalidRequestException;
import dev.precis.submission.SubmissionReader;
import dev.precis.submission.SummaryOptionsParser;
import dev.precis.text.Language;

/** The query parameters of the article list, read as text so that a malformed one is a 400 that names it. */
public class ArticleListQuery {

    /** The longest full-text query, in characters. */
    private static final int MAX_QUERY = 500;

    /**
     * The most words a full-text query may have. Each word is looked up in the index once for each
     * language's configuration, and ranking loops over every pair of the words it finds, so a
     * query's cost grows with its words (docs/BENCHMARKS.md). 500 characters leave room for about 80
     * words; 32 hold any query a person types. Past the cap the query is refused, not cut: a search
     * for its first 32 words would silently answer another question than the one asked, while a
     * client that builds queries learns the rule from the first refusal.
     */
    static final int MAX_QUERY_WORDS = 32;

    @QueryParam("limit")
    @Parameter(description = "Articles per page, from 1 to precis.pages.max-limit (100 unless configured); default precis.pages.default-limit (20)")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The `next` value of the previous page")
    public String cursor;

    @QueryParam("source")
    @Parameter(description = "Only articles from this source")
    public String source;

    @QueryParam("language")
    @Parameter(description = "Only articles in this language (ISO 639-1 code)", example = "en")
    public String language;

    @QueryParam("since")
    @Parameter(description = "Only articles published at or after this time (ISO 8601 with offset); articles without publishedAt are left out",
            example = "2024-05-01T00:00:00Z")
    public String since;

    @QueryParam("until")
    @Parameter(description = "Only articles published before this time (ISO 8601 with offset)", example = "2024-06-01T00:00:00Z")
    public String until;

    @QueryParam("q")
    @Parameter(description = "Full-text query in web search syntax: words, \"quoted phrases\", or, -excluded; matched in the title and "
            + "text with the stemming of each article's language; at most 500 characters and " + MAX_QUERY_WORDS + " words",
            example = "budget schools")
    public String q;

    @QueryParam("fields")
    @Parameter(description = "Fields to add to each item, comma separated: text (the stored text, left out of lists by default). "
            + "A page with texts holds as many articles as fit its byte budget", example = "text")
    public String fields;

    /** The page size asked for, or the default; within the configured limits. */
    int pageSize(PrecisConfig.Pages pages) {
        Integer asked = SummaryOptionsParser.wholeNumber("limit", limit);
        int size = asked == null ? pages.defaultLimit() : asked;
        if (size < 1 || size > pages.maxLimit()) {
            throw new InvalidRequestException("limit", "must be between 1 and " + pages.maxLimit());
        }
        return size;
    }

    /** Whether the items carry their texts ({@code fields=text}); no field, or a blank value, adds nothing. */
    boolean withText() {
        boolean text = false;
        if (fields != null) {
            for (String field : fields.split(",")) {
                String name = field.strip();
                if (name.equals("text")) {
                    text = true;
                } else if (!name.isEmpty()) {
                    throw new InvalidRequestException("fields", "must be a comma-separated list of fields to add: text");
                }
            }
        }
        return text;
    }

    /** The filters, checked. */
    ArticleFilter filter() {
        SubmissionReader.rejectUnstorable("source", source);
        SubmissionReader.rejectUnstorable("q", q);
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
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > MAX_QUERY) {
            throw new InvalidRequestException("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (search != null && words(search) > MAX_QUERY_WORDS) {
            throw new InvalidRequestException("q", "must have at most " + MAX_QUERY_WORDS + " words");
        }
        return new ArticleFilter(source, languageCode, from, to, search);
    }

    /**
     * How many words the query has, as PostgreSQL's parser would find them, near enough for a
     * limit: runs of letters and digits. The operator {@code or} is a word too; signs and quotes are not.
     */
    static int words(String query) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < query.length(); ) {
            int c = query.codePointAt(i);
            boolean part = Character.isLetterOrDigit(c);
            if (part && !inWord) {
                words++;
            }
            inWord = part;
            i += Character.charCount(c);
        }
        return words;
    }

    private static Instant instant(String name, String value) {
        OffsetDateTime time = ArticleRequestReader.time(name, value);
        return time == null ? null : time.toInstant();
    }
}
